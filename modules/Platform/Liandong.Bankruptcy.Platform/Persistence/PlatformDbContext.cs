using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>The Platform module's tables, in schema <c>platform</c>.</summary>
internal sealed class PlatformDbContext(
    DbContextOptions<PlatformDbContext> options, ICurrentTenant currentTenant, TimeProvider clock)
    : ModuleDbContext(options, currentTenant, clock)
{
    public const string SchemaName = "platform";

    public override string Schema => SchemaName;

    public DbSet<County> Counties => Set<County>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<County>(e =>
        {
            e.Property(c => c.DivisionCode).HasMaxLength(6);
            e.Property(c => c.Name).HasMaxLength(50);
            e.HasIndex(c => c.DivisionCode).IsUnique();
        });

        modelBuilder.Entity<Unit>(e =>
        {
            e.Property(u => u.Name).HasMaxLength(100);
            e.Property(u => u.AccountableHead).HasMaxLength(50);
            e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(u => new { u.TenantId, u.Name }).IsUnique();
        });

        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.Property(r => r.Key).HasMaxLength(100);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.Property(r => r.ResponseBody).HasColumnType("jsonb");
            e.Property(r => r.Location).HasMaxLength(400);
            e.Property(r => r.ETag).HasMaxLength(40);
            e.HasIndex(r => new { r.TenantId, r.UserId, r.Key }).IsUnique().AreNullsDistinct(false);
        });
    }
}
