using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Persistence;

/// <summary>
/// The Assets module's tables, in schema <c>assets</c>. Besides the county filter, a second named filter
/// (<see cref="AppointedFirmFilter"/>) lets a user of an administrator firm see only the estates of the cases the firm
/// is appointed to (the lines of an asset or an inquiry are read only through their parent).
/// </summary>
internal sealed class AssetsDbContext(DbContextOptions<AssetsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "assets";

    public const string AppointedFirmFilter = "AppointedFirm";

    // Read by the filters as a DbContext member, so EF sends it as a parameter (and drops the test when it is null).
    private Guid? AppointedFirm => CurrentUnit.AdministratorFirmId;

    public override string Schema => SchemaName;

    public DbSet<AssetFile> Files => Set<AssetFile>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<AccountEntry> Entries => Set<AccountEntry>();

    public DbSet<AssetsSettings> Settings => Set<AssetsSettings>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AssetFile>(e =>
        {
            e.ToTable("files");
            e.Property(f => f.Id).ValueGeneratedNever();
            e.Property(f => f.CaseNumber).HasMaxLength(40);
            e.Property(f => f.DebtorName).HasMaxLength(300);
            e.Property(f => f.State).HasMaxLength(40);
            e.Property(f => f.PlanAdoptedBy).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.PlanBasis).HasMaxLength(300);
            e.Property(f => f.PlanFirstPricePercent).HasPrecision(5, 2);
            e.Property(f => f.PlanCutPercent).HasPrecision(5, 2);
            e.Property(f => f.PlanDepositPercent).HasPrecision(5, 2);
            e.Property(f => f.AccountBank).HasMaxLength(100);
            e.Property(f => f.AccountNumber).HasMaxLength(40);
            e.Ignore(f => f.Plan);
            e.Ignore(f => f.Receipts);
            e.Ignore(f => f.Payments);
            e.Ignore(f => f.Balance);
            e.HasIndex(f => new { f.TenantId, f.CaseNumber });
            e.HasIndex(f => new { f.TenantId, f.AdministratorFirmId });
            e.HasQueryFilter(AppointedFirmFilter, f => AppointedFirm == null || f.AdministratorFirmId == AppointedFirm);
            e.HasMany(f => f.Takeover).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Assets).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Seizures).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Inquiries).WithOne().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Sales).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Entries).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Statement).WithOne().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.Property(f => f.FeeFixedAmount).HasPrecision(18, 2);
            e.Property(f => f.SecuredCreditorFee).HasPrecision(18, 2);
            e.Property(f => f.FeeAdjustmentReason).HasMaxLength(300);
            e.Ignore(f => f.Owed);
            e.Ignore(f => f.UndistributedSales);
            e.HasMany(f => f.DistributionPlans).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Expenses).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.FundApplications).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AssetsSettings>(e =>
        {
            e.ToTable("settings");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.FeeAdjustmentPercent).HasPrecision(5, 2);
            e.HasIndex(x => x.TenantId).IsUnique();
        });

        modelBuilder.Entity<DistributionPlan>(e =>
        {
            e.ToTable("distribution_plans");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            foreach (var money in new[] { nameof(DistributionPlan.Estate), nameof(DistributionPlan.CourtFee), nameof(DistributionPlan.Distributable),
                nameof(DistributionPlan.AdministratorFee), nameof(DistributionPlan.Paid), nameof(DistributionPlan.Reserved), nameof(DistributionPlan.Remaining) })
            {
                e.Property<decimal>(money).HasPrecision(18, 2);
            }

            e.Property(x => x.Arithmetic).HasColumnType("jsonb");
            e.Property(x => x.Ruling).HasMaxLength(DistributionPlan.MaxText);
            e.Ignore(x => x.InForce);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasMany(x => x.Payouts).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<Payout>(e =>
        {
            e.ToTable("payouts");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CreditorKey).HasMaxLength(200);
            e.Property(x => x.Payee).HasMaxLength(200);
            e.Property(x => x.Account).HasMaxLength(Payout.MaxAccount);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.Released).HasPrecision(18, 2);
            e.Ignore(x => x.Outstanding);
            e.Ignore(x => x.Counted);
            e.HasIndex(x => new { x.PlanId, x.Position }).IsUnique();
        });

        modelBuilder.Entity<Expense>(e =>
        {
            e.ToTable("expenses");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Description).HasMaxLength(Expense.MaxText);
            e.Property(x => x.SourceKey).HasMaxLength(Expense.MaxSourceKey);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Ignore(x => x.Owed);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.CaseId, x.SourceKey }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<FundApplication>(e =>
        {
            e.ToTable("fund_applications");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Purpose).HasMaxLength(FundApplication.MaxText);
            e.Property(x => x.Reason).HasMaxLength(FundApplication.MaxText);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.ApprovedAmount).HasPrecision(18, 2);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<TakeoverItem>(e =>
        {
            e.ToTable("takeover");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Description).HasMaxLength(TakeoverItem.MaxText);
            e.Property(x => x.HandedOverBy).HasMaxLength(100);
            e.Property(x => x.ReceivedBy).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(TakeoverItem.MaxText);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<Asset>(e =>
        {
            e.ToTable("assets");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Retrieval).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Description).HasMaxLength(Asset.MaxText);
            e.Property(x => x.Location).HasMaxLength(Asset.MaxText);
            e.Property(x => x.Identifier).HasMaxLength(100);
            e.Property(x => x.AppraisedValue).HasPrecision(18, 2);
            e.Property(x => x.RetrievalClaimant).HasMaxLength(200);
            e.Property(x => x.RetrievalBasis).HasMaxLength(Asset.MaxText);
            e.Ignore(x => x.IsMovable);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasMany(x => x.Encumbrances).WithOne().HasForeignKey(x => x.AssetId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<Encumbrance>(e =>
        {
            e.ToTable("encumbrances");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Rank).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Holder).HasMaxLength(200);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.HasIndex(x => new { x.AssetId, x.Position }).IsUnique();
        });

        modelBuilder.Entity<Seizure>(e =>
        {
            e.ToTable("seizures");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SeizingBody).HasMaxLength(Seizure.MaxText);
            e.Property(x => x.UnitKind).HasMaxLength(40);
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Step).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ProceedsHandedOver).HasPrecision(18, 2);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasIndex(x => x.AssetId);
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<Inquiry>(e =>
        {
            e.ToTable("inquiries");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Target).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.AnsweredBy).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(InquiryResult.MaxText);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<InquiryResult>(e =>
        {
            e.ToTable("inquiry_results");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Description).HasMaxLength(InquiryResult.MaxText);
            e.Property(x => x.Identifier).HasMaxLength(100);
            e.Property(x => x.Location).HasMaxLength(InquiryResult.MaxText);
            e.Property(x => x.Value).HasPrecision(18, 2);
            e.Property(x => x.Restrictions).HasMaxLength(InquiryResult.MaxText);
            e.HasIndex(x => new { x.InquiryId, x.Position }).IsUnique();
        });

        modelBuilder.Entity<Sale>(e =>
        {
            e.ToTable("sales");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.StartingPrice).HasPrecision(18, 2);
            e.Property(x => x.Deposit).HasPrecision(18, 2);
            e.Property(x => x.Price).HasPrecision(18, 2);
            e.Property(x => x.Buyer).HasMaxLength(Sale.MaxText);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<AccountEntry>(e =>
        {
            e.ToTable("account_entries");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Approval).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.Counterparty).HasMaxLength(AccountEntry.MaxText);
            e.Property(x => x.Purpose).HasMaxLength(AccountEntry.MaxText);
            e.Property(x => x.Consent).HasMaxLength(AccountEntry.MaxText);
            e.Ignore(x => x.Effect);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });

        modelBuilder.Entity<StatementLine>(e =>
        {
            e.ToTable("statement_lines");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.Counterparty).HasMaxLength(StatementLine.MaxText);
            e.Property(x => x.Memo).HasMaxLength(StatementLine.MaxText);
            e.HasIndex(x => new { x.CaseId, x.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, x => AppointedFirm == null || Files.Any(f => f.Id == x.CaseId));
        });
    }
}
