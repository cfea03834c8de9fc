using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>The Platform module's tables, in schema <c>platform</c>.</summary>
internal sealed class PlatformDbContext : ModuleDbContext
{
    private readonly AccessVersion _accessVersion;

    public PlatformDbContext(DbContextOptions<PlatformDbContext> options)
        : base(options) =>
        _accessVersion = ApplicationServices.GetRequiredService<AccessVersion>();

    private static readonly HashSet<Type> AccessTypes =
        [typeof(County), typeof(User), typeof(Membership), typeof(MembershipRole), typeof(MembershipGrant), typeof(Role), typeof(RoleGrant)];

    public const string SchemaName = "platform";

    public override string Schema => SchemaName;

    public DbSet<County> Counties => Set<County>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public DbSet<AppliedTemplateGrant> AppliedTemplateGrants => Set<AppliedTemplateGrant>();

    public DbSet<HolidayDay> HolidayDays => Set<HolidayDay>();

    /// <summary>
    /// The data-protection key ring every host shares (cookies and bearer tokens of one host valid on all): mapped here
    /// for the migrations; <see cref="KeyRing"/> reads and writes it.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditRequest> AuditRequests => Set<AuditRequest>();

    public DbSet<AuditChange> AuditChanges => Set<AuditChange>();

    /// <summary>
    /// This host sees its own access changes at once; other hosts (and this one, after an outer transaction commits)
    /// through the NOTIFY that the tables' trigger sends on commit.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var affectsAccess = ChangeTracker.Entries().Any(e => e.State is not EntityState.Unchanged and not EntityState.Detached && AccessTypes.Contains(e.Metadata.ClrType));
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (affectsAccess)
        {
            _accessVersion.Bump();
        }

        return result;
    }

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
            e.Property(u => u.NoticeEmail).HasMaxLength(100);
            e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(u => new { u.TenantId, u.Name }).IsUnique();
        });

        modelBuilder.Entity<User>(e =>
        {
            e.Property(u => u.UserName).HasMaxLength(64);
            e.Property(u => u.NormalizedUserName).HasMaxLength(64);
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Property(u => u.SecurityStamp).HasMaxLength(64);
            e.HasIndex(u => u.NormalizedUserName).IsUnique(); // unique across the platform
            e.HasIndex(u => new { u.TenantId, u.UserName });
            e.OwnsOne(u => u.IdNumber, id =>
            {
                id.Property(v => v.Cipher).HasColumnName("id_number_cipher").HasMaxLength(200);
                id.Property(v => v.Hash).HasColumnName("id_number_hash").HasMaxLength(64);
                id.Property(v => v.Masked).HasColumnName("id_number_masked").HasMaxLength(32);
                id.HasIndex(v => v.Hash);
            });
        });

        modelBuilder.Entity<Membership>(e =>
        {
            e.Property(m => m.UserName).HasMaxLength(64);
            e.Property(m => m.DisplayName).HasMaxLength(50);
            e.HasIndex(m => new { m.TenantId, m.UserId }).IsUnique();
            e.HasIndex(m => new { m.TenantId, m.UserName });
            e.HasIndex(m => m.UserId);
            e.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(m => m.Roles).WithOne().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Grants).WithOne().HasForeignKey(g => g.MembershipId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MembershipRole>(e =>
        {
            e.ToTable("membership_roles");
            e.HasIndex(r => new { r.MembershipId, r.RoleId }).IsUnique();
            e.HasOne<Role>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MembershipGrant>(e =>
        {
            e.ToTable("membership_grants");
            e.Property(g => g.Permission).HasMaxLength(100);
            e.HasIndex(g => new { g.MembershipId, g.Permission }).IsUnique();
        });

        modelBuilder.Entity<Role>(e =>
        {
            e.Property(r => r.Name).HasMaxLength(50);
            e.Property(r => r.NormalizedName).HasMaxLength(50);
            e.Property(r => r.TemplateKey).HasMaxLength(40);
            e.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique(); // a duplicate name answers 409
            e.HasMany(r => r.Grants).WithOne().HasForeignKey(g => g.RoleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RoleGrant>(e =>
        {
            e.ToTable("role_grants");
            e.Property(g => g.Permission).HasMaxLength(100);
            e.HasIndex(g => new { g.RoleId, g.Permission }).IsUnique();
        });

        modelBuilder.Entity<HolidayDay>(e =>
        {
            e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(h => h.Note).HasMaxLength(100);
            e.HasIndex(h => new { h.TenantId, h.Date }).IsUnique();
        });

        modelBuilder.Entity<AppliedTemplateGrant>(e =>
        {
            e.Property(a => a.RoleKey).HasMaxLength(40);
            e.Property(a => a.Permission).HasMaxLength(100);
            e.HasIndex(a => new { a.TenantId, a.RoleKey, a.Permission }).IsUnique();
        });

        modelBuilder.Entity<AuditRequest>(e =>
        {
            e.Property(r => r.Id).UseIdentityAlwaysColumn();
            e.Property(r => r.UserName).HasMaxLength(AuditRequest.UserNameLength);
            e.Property(r => r.ClientAddress).HasMaxLength(AuditRequest.ClientAddressLength);
            e.Property(r => r.Method).HasMaxLength(AuditRequest.MethodLength);
            e.Property(r => r.Route).HasMaxLength(AuditRequest.RouteLength);
            e.Property(r => r.Path).HasMaxLength(AuditRequest.PathLength);
            e.Property(r => r.CorrelationId).HasMaxLength(64);
            e.Property(r => r.Action).HasMaxLength(100);
            e.HasIndex(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.SubjectId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.UserId, r.Id });
        });

        modelBuilder.Entity<SignInFailure>(e =>
        {
            e.Property(f => f.ClientAddress).HasMaxLength(64);
            e.HasIndex(f => new { f.TenantId, f.UserId, f.ClientAddress }).IsUnique();
        });
    }
}
