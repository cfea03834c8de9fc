using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Persistence;

/// <summary>
/// The Credit module's tables, in schema <c>credit</c>. Besides the county filter, a second named filter
/// (<see cref="AppointedFirmFilter"/>) lets a user of an administrator firm see only the files of the cases the firm is
/// appointed to, with their applications, measures and history.
/// </summary>
internal sealed class CreditDbContext(DbContextOptions<CreditDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "credit";

    public const string AppointedFirmFilter = "AppointedFirm";

    // Read by the filters as a DbContext member, so EF sends it as a parameter (and drops the test when it is null).
    private Guid? AppointedFirm => CurrentUnit.AdministratorFirmId;

    public override string Schema => SchemaName;

    public DbSet<CreditFile> Files => Set<CreditFile>();

    public DbSet<CreditMeasure> Measures => Set<CreditMeasure>();

    public DbSet<RepairApplication> Applications => Set<RepairApplication>();

    public DbSet<CreditEntry> History => Set<CreditEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CreditFile>(e =>
        {
            e.ToTable("files");
            e.Property(f => f.Id).ValueGeneratedNever();
            e.Property(f => f.CaseNumber).HasMaxLength(40);
            e.Property(f => f.DebtorName).HasMaxLength(300);
            e.Property(f => f.State).HasMaxLength(40);
            e.Property(f => f.Procedure).HasMaxLength(20);
            e.Ignore(f => f.MayApply);
            e.HasIndex(f => new { f.TenantId, f.CaseNumber });
            e.HasIndex(f => new { f.TenantId, f.AdministratorFirmId });
            e.HasQueryFilter(AppointedFirmFilter, f => AppointedFirm == null || f.AdministratorFirmId == AppointedFirm);
            e.HasMany(f => f.Measures).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Applications).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.History).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CreditMeasure>(e =>
        {
            e.ToTable("measures");
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.Target).HasConversion<string>().HasMaxLength(30);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Note).HasMaxLength(CreditMeasure.MaxNote);
            e.HasIndex(m => new { m.CaseId, m.Target }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, m => AppointedFirm == null || Files.Any(f => f.Id == m.CaseId));
        });

        modelBuilder.Entity<RepairApplication>(e =>
        {
            e.ToTable("applications");
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.Applicant).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.ApplicantName).HasMaxLength(200);
            e.HasIndex(a => new { a.CaseId, a.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, a => AppointedFirm == null || Files.Any(f => f.Id == a.CaseId));
        });

        modelBuilder.Entity<CreditEntry>(e =>
        {
            e.ToTable("history");
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.Target).HasConversion<string>().HasMaxLength(30);
            e.Property(h => h.Step).HasConversion<string>().HasMaxLength(20);
            e.Property(h => h.Note).HasMaxLength(CreditMeasure.MaxNote);
            e.HasIndex(h => new { h.CaseId, h.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, h => AppointedFirm == null || Files.Any(f => f.Id == h.CaseId));
        });
    }
}
