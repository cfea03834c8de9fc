using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Wages.Domain;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Persistence;

/// <summary>
/// The Wages module's tables, in schema <c>wages</c>. Besides the county filter, a second named filter
/// (<see cref="AppointedFirmFilter"/>) lets a user of an administrator firm see only the cases the firm is appointed to.
/// </summary>
internal sealed class WagesDbContext(DbContextOptions<WagesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "wages";

    public const string AppointedFirmFilter = "AppointedFirm";

    private Guid? AppointedFirm => CurrentUnit.AdministratorFirmId;

    public override string Schema => SchemaName;

    public DbSet<WageFile> Files => Set<WageFile>();

    public DbSet<EmployeeClaim> Employees => Set<EmployeeClaim>();

    public DbSet<GuaranteeRule> GuaranteeRules => Set<GuaranteeRule>();

    public DbSet<StabilityThreshold> StabilityThresholds => Set<StabilityThreshold>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WageFile>(e =>
        {
            e.ToTable("files");
            e.Property(f => f.Id).ValueGeneratedNever();
            e.Property(f => f.CaseNumber).HasMaxLength(40);
            e.Property(f => f.DebtorName).HasMaxLength(300);
            e.Property(f => f.State).HasMaxLength(40);
            e.Property(f => f.AverageMonthlyWage).HasPrecision(18, 2);
            e.Property(f => f.FundName).HasMaxLength(100);
            e.Ignore(f => f.Fund);
            e.Ignore(f => f.ListedClassOne);
            e.HasIndex(f => new { f.TenantId, f.CaseNumber });
            e.HasIndex(f => new { f.TenantId, f.AdministratorFirmId });
            e.HasQueryFilter(AppointedFirmFilter, f => AppointedFirm == null || f.AdministratorFirmId == AppointedFirm);
            e.HasMany(f => f.Employees).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Payrolls).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EmployeeClaim>(e =>
        {
            e.ToTable("employees");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.Position).HasMaxLength(50);
            e.Property(x => x.Objection).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ObjectionReason).HasMaxLength(500);
            e.Property(x => x.ObjectionReview).HasMaxLength(500);
            e.Property(x => x.HrssVerification).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.HrssNote).HasMaxLength(500);
            e.Property(x => x.MedicalVerification).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.MedicalNote).HasMaxLength(500);
            e.Ignore(x => x.Amounts);
            foreach (var money in new[] { nameof(EmployeeClaim.Wages), nameof(EmployeeClaim.MedicalSubsidies), nameof(EmployeeClaim.DisabilitySubsidies),
                         nameof(EmployeeClaim.Survivors), nameof(EmployeeClaim.Compensation), nameof(EmployeeClaim.WagesBefore2006), nameof(EmployeeClaim.Advanced) })
            {
                e.Property<decimal>(money).HasPrecision(18, 2);
            }

            e.OwnsOne(x => x.IdNumber, id =>
            {
                id.Property(v => v.Cipher).HasColumnName("id_number_cipher").HasMaxLength(200);
                id.Property(v => v.Hash).HasColumnName("id_number_hash").HasMaxLength(64);
                id.Property(v => v.Masked).HasColumnName("id_number_masked").HasMaxLength(32);
            });
            e.Navigation(x => x.IdNumber).IsRequired();
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<ContinuedOperationPayroll>(e =>
        {
            e.ToTable("continued_operation_payrolls");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.HasIndex(x => new { x.CaseId, x.Month }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<StabilityThreshold>(e =>
        {
            e.ToTable("stability_thresholds");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Arrears).HasPrecision(18, 2);
            e.HasIndex(x => x.TenantId).IsUnique();
        });

        modelBuilder.Entity<GuaranteeRule>(e =>
        {
            e.ToTable("guarantee_rules");
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.MonthlyCap).HasPrecision(18, 2);
            e.Property(r => r.FundName).HasMaxLength(100);
            e.HasIndex(r => new { r.TenantId, r.EffectiveFrom }).IsUnique();
        });
    }
}
