using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Persistence;

/// <summary>
/// The Cases module's tables, in schema <c>cases</c>. Besides the county filter, a second named filter
/// (<see cref="AppointedFirmFilter"/>) lets a user of an administrator firm see only the cases the firm is appointed to,
/// and their debtors, steps and deadlines; it applies to every query, so no endpoint can forget it.
/// </summary>
internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "cases";

    public const string AppointedFirmFilter = "AppointedFirm";

    // Read by the filters as a DbContext member, so EF sends it as a parameter (and drops the test when it is null).
    private Guid? AppointedFirm => CurrentUnit.AdministratorFirmId;

    public override string Schema => SchemaName;

    public DbSet<BankruptcyCase> Cases => Set<BankruptcyCase>();

    public DbSet<CaseDeadline> Deadlines => Set<CaseDeadline>();

    public DbSet<CaseSettings> Settings => Set<CaseSettings>();

    public DbSet<Domain.Claims.Claim> Claims => Set<Domain.Claims.Claim>();

    public DbSet<Domain.Requests.CourtRequest> Requests => Set<Domain.Requests.CourtRequest>();

    public DbSet<Domain.Publications.PublicationDuty> Publications => Set<Domain.Publications.PublicationDuty>();

    public DbSet<Domain.Committee.CreditorsCommittee> Committees => Set<Domain.Committee.CreditorsCommittee>();

    public DbSet<Domain.Meetings.CreditorsMeeting> Meetings => Set<Domain.Meetings.CreditorsMeeting>();

    /// <summary>
    /// The case with everything a change touches (debtors, steps, deadlines), tracked, at the version the client saw:
    /// 404 when the county (or the firm) has no such case, 412 when it changed since.
    /// </summary>
    public async Task<BankruptcyCase> ForChangeAsync(Guid id, uint expected, CancellationToken cancellationToken)
    {
        var found = await Cases.AsSplitQuery().Include(c => c.Debtors).Include(c => c.Timeline).Include(c => c.Deadlines)
                        .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                    ?? throw BusinessException.NotFound();
        this.ExpectVersion(found, expected);
        return found;
    }

    /// <summary>
    /// The county's open cases (newest first, at most ten) with a debtor of one of <paramref name="usccs"/>, other than
    /// <paramref name="except"/>: the warning before registering a debtor again and on the case page.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string CaseNumber)>> OpenCasesOfDebtorsAsync(
        IReadOnlyCollection<string> usccs, Guid? except, CancellationToken cancellationToken) =>
        [.. (await Cases.AsNoTracking()
                .Where(c => c.Id != except && !CaseTransitions.Ended.Contains(c.State) && c.Debtors.Any(d => usccs.Contains(d.Uscc)))
                .OrderBy(c => c.ListKey).Select(c => new { c.Id, c.CaseNumber }).Take(10).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.CaseNumber))];

    /// <summary>404 unless the county (and, for a firm's user, the firm) has the case: the guard of every case sub-resource.</summary>
    public async Task EnsureCaseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Cases.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw BusinessException.NotFound();
        }
    }

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
            e.Property(c => c.Panel).HasColumnType("text[]");
            e.Property(c => c.PanelIds).HasColumnType("uuid[]");
            e.Property(c => c.ListKey).HasMaxLength(60);
            e.Property(c => c.AdministratorFirmName).HasMaxLength(100);
            e.Property(c => c.Applicant).HasConversion<string>().HasMaxLength(30);
            e.ComplexProperty(c => c.Transfer, t =>
            {
                t.Property(x => x.EnforcementCourt).HasColumnName("transfer_enforcement_court").HasMaxLength(100);
                t.Property(x => x.EnforcementCaseNumber).HasColumnName("transfer_enforcement_case_number").HasMaxLength(40);
                t.Property(x => x.DecisionNumber).HasColumnName("transfer_decision_number").HasMaxLength(60);
                t.Property(x => x.DecidedOn).HasColumnName("transfer_decided_on");
            });
            e.HasIndex(c => new { c.TenantId, c.AdministratorFirmId }); // an administrator firm's cases
            e.HasQueryFilter(AppointedFirmFilter, c => AppointedFirm == null || c.AdministratorFirmId == AppointedFirm);
            e.HasIndex(c => new { c.TenantId, c.CaseNumber }).IsUnique(); // a case number is unique in its county
            e.HasIndex(c => new { c.TenantId, c.ListKey }).IsUnique(); // the list, newest first
            e.HasIndex(c => new { c.TenantId, c.State, c.ListKey }); // the list filtered by state, newest first
            e.HasIndex(c => new { c.TenantId, c.PresidingJudgeId }); // a judge's desk and deadlines
            e.HasMany(c => c.Debtors).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Timeline).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseDeadline>(e =>
        {
            e.ToTable("case_deadlines");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(d => d.Source).HasMaxLength(60);
            e.Property(d => d.PeriodUnit).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.CountsFrom).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(d => new { d.CaseId, d.Kind }).IsUnique();
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(d => new { d.TenantId, d.Due, d.Id }).HasFilter("status = 'Open'"); // the judge's open deadlines, in date order
            e.HasQueryFilter(AppointedFirmFilter, d => AppointedFirm == null || Cases.Any(c => c.Id == d.CaseId));
        });

        modelBuilder.Entity<CaseStep>(e =>
        {
            e.ToTable("case_steps");
            e.Property(s => s.Action).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.Basis).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.FromState).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.ToState).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.RulingNumber).HasMaxLength(60);
            e.Property(s => s.RulingKind).HasMaxLength(40);
            e.HasIndex(s => new { s.CaseId, s.Position }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, s => AppointedFirm == null || Cases.Any(c => c.Id == s.CaseId));
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
            e.HasQueryFilter(AppointedFirmFilter, d => AppointedFirm == null || Cases.Any(c => c.Id == d.CaseId));
        });

        modelBuilder.Entity<Domain.Claims.Claim>(e =>
        {
            e.ToTable("claims");
            e.Property(c => c.Creditor).HasMaxLength(200);
            e.Property(c => c.CreditorId).HasMaxLength(18);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Priority).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.VotingClass).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Principal).HasPrecision(18, 2);
            e.Property(c => c.Interest).HasPrecision(18, 2);
            e.Property(c => c.Other).HasPrecision(18, 2);
            e.Property(c => c.ConfirmedAmount).HasPrecision(18, 2);
            e.Property(c => c.Collateral).HasMaxLength(200);
            e.Property(c => c.SourceModule).HasMaxLength(40);
            e.Property(c => c.SourceId).HasMaxLength(80);
            e.Property(c => c.Review).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ReviewReason).HasMaxLength(500);
            e.Property(c => c.ObjectionReason).HasMaxLength(500);
            e.Property(c => c.Objection).HasConversion<string>().HasMaxLength(20);
            e.Ignore(c => c.Declared);
            e.Ignore(c => c.Counted);
            e.Ignore(c => c.Disputed);
            e.Property(c => c.CourtSetAmount).HasPrecision(18, 2);
            e.HasIndex(c => new { c.TenantId, c.CaseId, c.Number }).IsUnique();
            e.HasIndex(c => new { c.TenantId, c.CaseId, c.SourceModule, c.SourceId }).IsUnique().HasFilter("source_module IS NOT NULL"); // a reported line once
            e.HasQueryFilter(AppointedFirmFilter, c => AppointedFirm == null || Cases.Any(k => k.Id == c.CaseId));
        });

        modelBuilder.Entity<Domain.Requests.CourtRequest>(e =>
        {
            e.ToTable("court_requests");
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Subject).HasMaxLength(200);
            e.Property(r => r.Text).HasMaxLength(4000);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Reply).HasMaxLength(4000);
            e.HasIndex(r => new { r.TenantId, r.CaseId, r.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, r => AppointedFirm == null || Cases.Any(k => k.Id == r.CaseId));
        });

        modelBuilder.Entity<Domain.Publications.PublicationDuty>(e =>
        {
            e.ToTable("publication_duties");
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(p => p.Publisher).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Channel).HasConversion<string>().HasMaxLength(30);
            e.Property(p => p.Text).HasMaxLength(1000);
            e.Ignore(p => p.Published);
            e.HasIndex(p => new { p.TenantId, p.CaseId, p.StartsOn });
            e.HasQueryFilter(AppointedFirmFilter, p => AppointedFirm == null || Cases.Any(k => k.Id == p.CaseId));
        });

        modelBuilder.Entity<Domain.Committee.CreditorsCommittee>(e =>
        {
            e.ToTable("committees");
            e.HasIndex(c => new { c.TenantId, c.CaseId }).IsUnique(); // one committee per case
            e.OwnsOne(c => c.Approval, ruling =>
            {
                ruling.Property(x => x.Number).HasColumnName("approval_number").HasMaxLength(60);
                ruling.Property(x => x.Date).HasColumnName("approval_date");
                ruling.Property(x => x.Kind).HasColumnName("approval_kind").HasMaxLength(40);
            });
            e.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.CommitteeId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(AppointedFirmFilter, c => AppointedFirm == null || Cases.Any(k => k.Id == c.CaseId));
        });

        modelBuilder.Entity<Domain.Committee.CommitteeMember>(e =>
        {
            e.ToTable("committee_members");
            e.Property(m => m.Name).HasMaxLength(200);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(m => new { m.CommitteeId, m.Position });
            e.HasQueryFilter(AppointedFirmFilter, m => AppointedFirm == null || Committees.Any(c => c.Id == m.CommitteeId));
        });

        modelBuilder.Entity<Domain.Committee.CommitteeDecision>(e =>
        {
            e.ToTable("committee_decisions");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Subject).HasMaxLength(200);
            e.Property(d => d.Text).HasMaxLength(4000);
            e.HasIndex(d => new { d.CommitteeId, d.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, d => AppointedFirm == null || Committees.Any(c => c.Id == d.CommitteeId));
        });

        modelBuilder.Entity<Domain.Meetings.CreditorsMeeting>(e =>
        {
            e.ToTable("meetings");
            e.Property(m => m.Minutes).HasMaxLength(20000);
            e.HasIndex(m => new { m.TenantId, m.CaseId, m.Number }).IsUnique();
            e.HasMany(m => m.Resolutions).WithOne().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Ballots).WithOne().HasForeignKey(b => b.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(AppointedFirmFilter, m => AppointedFirm == null || Cases.Any(k => k.Id == m.CaseId));
        });

        modelBuilder.Entity<Domain.Meetings.MeetingResolution>(e =>
        {
            e.ToTable("meeting_resolutions");
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Title).HasMaxLength(200);
            e.Property(r => r.Arithmetic).HasColumnType("jsonb");
            e.Property(r => r.ForcedApprovalFindings).HasColumnType("jsonb");
            e.Property(r => r.AdjustedClasses).HasColumnType("jsonb");
            e.OwnsOne(r => r.Ruling, ruling =>
            {
                ruling.Property(x => x.Number).HasColumnName("ruling_number").HasMaxLength(60);
                ruling.Property(x => x.Date).HasColumnName("ruling_date");
                ruling.Property(x => x.Kind).HasColumnName("ruling_kind").HasMaxLength(40);
            });
            e.HasIndex(r => new { r.MeetingId, r.Number }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, r => AppointedFirm == null || Meetings.Any(m => m.Id == r.MeetingId));
        });

        modelBuilder.Entity<Domain.Meetings.MeetingBallot>(e =>
        {
            e.ToTable("meeting_ballots");
            e.Property(b => b.Ballot).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(b => new { b.MeetingId, b.Resolution, b.ClaimId }).IsUnique();
            e.HasQueryFilter(AppointedFirmFilter, b => AppointedFirm == null || Meetings.Any(m => m.Id == b.MeetingId));
        });

        modelBuilder.Entity<CaseSettings>(e =>
        {
            e.ToTable("settings");
            e.HasIndex(x => x.TenantId).IsUnique(); // one row per county
        });
    }
}
