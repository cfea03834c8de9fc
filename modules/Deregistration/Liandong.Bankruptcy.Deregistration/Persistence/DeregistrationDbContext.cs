using Liandong.Bankruptcy.Deregistration.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Deregistration.Persistence;

/// <summary>
/// The Deregistration module's tables, in schema <c>deregistration</c>. Besides the county filter, a second named filter
/// (<see cref="AppointedFirmFilter"/>) lets a user of an administrator firm see only the files of the cases the firm is
/// appointed to, with their steps, publications and changes.
/// </summary>
internal sealed class DeregistrationDbContext(DbContextOptions<DeregistrationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "deregistration";

    public const string AppointedFirmFilter = "AppointedFirm";

    // Read by the filters as a DbContext member, so EF sends it as a parameter (and drops the test when it is null).
    private Guid? AppointedFirm => CurrentUnit.AdministratorFirmId;

    public override string Schema => SchemaName;

    public DbSet<RegistrationFile> Files => Set<RegistrationFile>();

    public DbSet<ClosingStep> Steps => Set<ClosingStep>();

    public DbSet<StatusPublication> Publications => Set<StatusPublication>();

    public DbSet<RegistrationChange> Changes => Set<RegistrationChange>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegistrationFile>(e =>
        {
            e.ToTable("files");
            e.Property(f => f.Id).ValueGeneratedNever();
            e.Property(f => f.CaseNumber).HasMaxLength(40);
            e.Property(f => f.DebtorName).HasMaxLength(300);
            e.Property(f => f.DebtorUscc).HasMaxLength(18);
            e.Property(f => f.State).HasMaxLength(40);
            e.Property(f => f.TerminationBasis).HasMaxLength(20);
            e.Property(f => f.Registry).HasMaxLength(100);
            e.Ignore(f => f.InProcedure);
            e.HasIndex(f => new { f.TenantId, f.CaseNumber });
            e.HasIndex(f => new { f.TenantId, f.DebtorUscc }); // the simplified-deregistration check
            e.HasIndex(f => new { f.TenantId, f.AdministratorFirmId });
            e.HasQueryFilter(AppointedFirmFilter, f => AppointedFirm == null || f.AdministratorFirmId == AppointedFirm);
            e.HasMany(f => f.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Publications).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Changes).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ClosingStep>(e =>
        {
            e.ToTable("closing_steps");
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.Result).HasMaxLength(ClosingStep.MaxResult);
            e.HasIndex(s => new { s.CaseId, s.Kind }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, s => AppointedFirm == null || Files.Any(f => f.Id == s.CaseId));
        });

        modelBuilder.Entity<StatusPublication>(e =>
        {
            e.ToTable("status_publications");
            e.Property(p => p.Id).ValueGeneratedNever();
            e.Property(p => p.Step).HasMaxLength(40);
            e.Property(p => p.ToState).HasMaxLength(40);
            e.HasIndex(p => new { p.CaseId, p.Step, p.StepOn }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, p => AppointedFirm == null || Files.Any(f => f.Id == p.CaseId));
        });

        modelBuilder.Entity<RegistrationChange>(e =>
        {
            e.ToTable("registration_changes");
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.Basis).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.Description).HasMaxLength(RegistrationChange.MaxDescription);
            e.Property(c => c.ConsentDocument).HasMaxLength(60);
            e.HasIndex(c => new { c.CaseId, c.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, c => AppointedFirm == null || Files.Any(f => f.Id == c.CaseId));
        });
    }
}
