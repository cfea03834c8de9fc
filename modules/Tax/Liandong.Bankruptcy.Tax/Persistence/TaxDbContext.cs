using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Tax.Domain;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Persistence;

/// <summary>
/// The Tax module's tables, in schema <c>tax</c>. Besides the county filter, a second named filter
/// (<see cref="AppointedFirmFilter"/>) lets a user of an administrator firm see only the tax files of the cases the firm
/// is appointed to (from the file's copy of the case), with their lines and entries.
/// </summary>
internal sealed class TaxDbContext(DbContextOptions<TaxDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "tax";

    public const string AppointedFirmFilter = "AppointedFirm";

    // Read by the filters as a DbContext member, so EF sends it as a parameter (and drops the test when it is null).
    private Guid? AppointedFirm => CurrentUnit.AdministratorFirmId;

    public override string Schema => SchemaName;

    public DbSet<TaxCase> Cases => Set<TaxCase>();

    public DbSet<TaxClaimLine> Lines => Set<TaxClaimLine>();

    public DbSet<PostAcceptanceTax> PostAcceptanceTaxes => Set<PostAcceptanceTax>();

    public DbSet<TaxSettings> Settings => Set<TaxSettings>();

    /// <summary>The county's settings, or the defaults when it never changed them.</summary>
    public async Task<TaxSettings> CurrentSettingsAsync(CancellationToken cancellationToken) =>
        await Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new TaxSettings();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TaxCase>(e =>
        {
            e.ToTable("cases");
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.CaseNumber).HasMaxLength(40);
            e.Property(c => c.DebtorName).HasMaxLength(300);
            e.Property(c => c.DebtorUscc).HasMaxLength(18);
            e.Property(c => c.Procedure).HasMaxLength(30);
            e.Property(c => c.State).HasMaxLength(40);
            e.Property(c => c.Creditor).HasMaxLength(100);
            e.Property(c => c.CreditorId).HasMaxLength(18);
            e.Property(c => c.PreservationMeasures).HasColumnType("text[]");
            e.Property(c => c.AbnormalReason).HasMaxLength(500);
            e.Property(c => c.PenaltyDecision).HasMaxLength(60);
            e.Property(c => c.ClearanceNumber).HasMaxLength(60);
            e.Property(c => c.PaidInDistribution).HasPrecision(18, 2);
            e.Property(c => c.WrittenOff).HasPrecision(18, 2);
            e.Property(c => c.CreditRepair).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.CreditRating).HasMaxLength(10);
            e.Property(c => c.CreditRefusalReason).HasMaxLength(500);
            e.Ignore(c => c.AbnormalTaxpayer);
            e.Ignore(c => c.ConfirmedTotal);
            e.Ignore(c => c.InProcedure);
            e.HasIndex(c => new { c.TenantId, c.CaseNumber }); // the tax officer's list
            e.HasIndex(c => new { c.TenantId, c.AdministratorFirmId }); // an administrator firm's cases
            e.HasQueryFilter(AppointedFirmFilter, c => AppointedFirm == null || c.AdministratorFirmId == AppointedFirm);
            e.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.PostAcceptanceTaxes).WithOne().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TaxClaimLine>(e =>
        {
            e.ToTable("claim_lines");
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.TaxType).HasMaxLength(TaxClaimLine.MaxTaxType);
            foreach (var amount in new[] { nameof(TaxClaimLine.Principal), nameof(TaxClaimLine.PersonalAccount), nameof(TaxClaimLine.LateFeeAmount), nameof(TaxClaimLine.Penalty),
                         nameof(TaxClaimLine.ConfirmedPrincipal), nameof(TaxClaimLine.ConfirmedPersonalAccount), nameof(TaxClaimLine.ConfirmedLateFee), nameof(TaxClaimLine.ConfirmedPenalty) })
            {
                e.Property(amount).HasPrecision(18, 2);
            }

            e.Property(l => l.PenaltyDecision).HasMaxLength(60);
            e.Property(l => l.LateFeeClass).HasConversion<string>().HasMaxLength(30);
            e.Property(l => l.PenaltyClass).HasConversion<string>().HasMaxLength(30);
            e.Property(l => l.Review).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.ReviewReason).HasMaxLength(500);
            e.Ignore(l => l.Declared);
            e.Ignore(l => l.Confirmed);
            e.Ignore(l => l.ToReport);
            e.HasIndex(l => new { l.CaseId, l.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, l => AppointedFirm == null || Cases.Any(c => c.Id == l.CaseId));
        });

        modelBuilder.Entity<PostAcceptanceTax>(e =>
        {
            e.ToTable("post_acceptance_taxes");
            e.Property(t => t.Source).HasConversion<string>().HasMaxLength(30);
            e.Property(t => t.TaxType).HasMaxLength(TaxClaimLine.MaxTaxType);
            e.Property(t => t.Amount).HasPrecision(18, 2);
            e.Property(t => t.InvoiceNumber).HasMaxLength(40);
            e.Property(t => t.Description).HasMaxLength(500);
            e.Ignore(t => t.Class);
            e.HasIndex(t => new { t.CaseId, t.ArisingOn });
            e.HasQueryFilter(AppointedFirmFilter, t => AppointedFirm == null || Cases.Any(c => c.Id == t.CaseId));
        });

        modelBuilder.Entity<TaxSettings>(e =>
        {
            e.ToTable("settings");
            e.HasIndex(s => s.TenantId).IsUnique();
            e.Property(s => s.SocialInsuranceLateFeeClass).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.SocialInsuranceFineClass).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.CreditorId).HasMaxLength(18);
        });
    }
}
