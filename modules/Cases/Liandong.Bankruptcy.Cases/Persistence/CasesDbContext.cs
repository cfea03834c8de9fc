using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Persistence;

/// <summary>The Cases module's tables, in schema <c>cases</c>.</summary>
internal sealed class CasesDbContext(
    DbContextOptions<CasesDbContext> options, ICurrentTenant currentTenant, TimeProvider clock, IAuditContext audit)
    : ModuleDbContext(options, currentTenant, clock, audit)
{
    public const string SchemaName = "cases";

    public override string Schema => SchemaName;

    public DbSet<BankruptcyCase> Cases => Set<BankruptcyCase>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BankruptcyCase>(e =>
        {
            e.ToTable("cases");
            e.Property(c => c.CaseNumber).HasMaxLength(40);
            e.Property(c => c.CourtCode).HasMaxLength(10);
            e.Property(c => c.Procedure).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(40);
            e.Property(c => c.PresidingJudge).HasMaxLength(50);
            e.HasIndex(c => new { c.TenantId, c.CaseNumber }).IsUnique(); // a case number is unique in its county
            e.HasMany(c => c.Debtors).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Debtor>(e =>
        {
            e.ToTable("debtors");
            e.Property(d => d.Name).HasMaxLength(200);
            e.Property(d => d.Uscc).HasMaxLength(18);
            e.Property(d => d.UsccOverrideReason).HasMaxLength(200);
            e.Property(d => d.RegisteredAddress).HasMaxLength(300);
            e.Property(d => d.LegalRepresentative).HasMaxLength(50);
            e.HasIndex(d => new { d.TenantId, d.Uscc });
        });
    }
}
