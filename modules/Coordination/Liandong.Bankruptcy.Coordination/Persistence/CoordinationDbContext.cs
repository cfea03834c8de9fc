using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Persistence;

/// <summary>
/// The Coordination module's tables, in schema <c>coordination</c>. Besides the county filter, a second named filter
/// (<see cref="UnitFilter"/>) lets a member unit's officers see only the items raised by their unit and those assigned
/// to it once they reach it (a non-routine item only after the leadership group's consent), with their history,
/// comments and attachments; the court, the office and users without a unit see the county's.
/// </summary>
internal sealed class CoordinationDbContext(DbContextOptions<CoordinationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "coordination";

    public const string UnitFilter = "OwnUnit";

    // Read by the filters as a DbContext member, so EF sends it as a parameter (and drops the test when it is null).
    private Guid? UnitScope => CurrentUnit.Unit is { Kind: not (UnitKind.Court or UnitKind.LeadershipGroupOffice) } own ? own.Id : null;

    public override string Schema => SchemaName;

    public DbSet<CoordinationItem> Items => Set<CoordinationItem>();

    public DbSet<ItemTemplate> Templates => Set<ItemTemplate>();

    public DbSet<CaseProjection> Cases => Set<CaseProjection>();

    public DbSet<SentNotice> Notices => Set<SentNotice>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    public DbSet<CoordinationSettings> Settings => Set<CoordinationSettings>();

    public DbSet<EmailMessage> Emails => Set<EmailMessage>();

    public DbSet<CoordinationMeeting> Meetings => Set<CoordinationMeeting>();

    public DbSet<UnitDayCounter> Counters => Set<UnitDayCounter>();

    /// <summary>Open items per unit and due date, kept by the database's triggers on the items (read-only here).</summary>
    public DbSet<OpenItemCount> OpenItemCounts => Set<OpenItemCount>();

    public DbSet<AssessmentRecord> AssessmentRecords => Set<AssessmentRecord>();

    public DbSet<RiskMatter> Risks => Set<RiskMatter>();

    public DbSet<EvasionLead> Leads => Set<EvasionLead>();

    public DbSet<DoneKind> DoneKinds => Set<DoneKind>();

    /// <summary>
    /// Saves, and adds what the saved items' changes mean to their units' day counters in the same transaction (an
    /// upsert that adds, so concurrent work on one unit's day loses nothing).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var items = ChangeTracker.Entries<CoordinationItem>().Select(e => e.Entity).ToList();
        var deltas = items.SelectMany(i => i.TakeCounterDeltas()).ToList();
        if (deltas.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var tenant = CurrentTenantId ?? throw new InvalidOperationException("Counting outside a county");
            await DayCounterWriter.AddAsync(Database, tenant, deltas, cancellationToken);

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The item with its history, tracked, at the version the client saw: 404 when not visible here, 412 when it changed.</summary>
    public async Task<CoordinationItem> ForChangeAsync(Guid id, uint expected, CancellationToken cancellationToken)
    {
        var found = await Items.Include(i => i.History).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                    ?? throw BusinessException.NotFound();
        this.ExpectVersion(found, expected);
        return found;
    }

    /// <summary>The county's most recently accepted cases (from the projection), for a form's case list.</summary>
    public async Task<IReadOnlyList<CaseProjection>> RecentCasesAsync(CancellationToken cancellationToken) =>
        await Cases.AsNoTracking().OrderByDescending(c => c.AcceptedOn).ThenBy(c => c.CaseNumber).Take(300).ToListAsync(cancellationToken);

    /// <summary>The counters are written with the async save only (in its transaction); a sync save would lose them.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save the Coordination module's changes with SaveChangesAsync: the units' day counters are written there.");

    /// <summary>The office's code (机关代字) in the county's memo numbers, or the default.</summary>
    public async Task<string> MemoCodeAsync(CancellationToken cancellationToken) =>
        await Settings.Select(s => s.MemoCode).SingleOrDefaultAsync(cancellationToken) ?? CoordinationSettings.DefaultMemoCode;

    /// <summary>The debtor (name, credit code) of a case from the projection: what an item, its page and its notices name beside the case number.</summary>
    public async Task<(string? Name, string? Uscc)> DebtorOfAsync(Guid? caseId, CancellationToken cancellationToken)
    {
        if (caseId is null)
        {
            return (null, null);
        }

        var debtor = await Cases.AsNoTracking().Where(c => c.CaseId == caseId).Select(c => new { c.DebtorName, c.DebtorUscc }).SingleOrDefaultAsync(cancellationToken);
        return (debtor?.DebtorName, debtor?.DebtorUscc);
    }

    /// <summary>The county's reminder lead (working days), or the default.</summary>
    /// <summary>
    /// Serializes, until the current transaction ends, the work on one case's items that reads before it writes: making
    /// the template's items and completing a kind reported done (so a report and the items it completes never miss each other).
    /// </summary>
    public async Task LockCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 7))", [caseId.ToString()], cancellationToken);

    public async Task<int> ReminderDaysAsync(CancellationToken cancellationToken) =>
        await Settings.Select(s => (int?)s.ReminderDays).SingleOrDefaultAsync(cancellationToken) ?? CoordinationSettings.DefaultReminderDays;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new Configurations.TemplateConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.CaseProjectionConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.SentNoticeConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.DoneKindConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.EmailMessageConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.CoordinationMeetingConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.MeetingAttendeeConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.MeetingCaseConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.MemoDecisionConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.UnitDayCounterConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.OpenItemCountConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.AssessmentRecordConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.RiskMatterConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.RiskLinkConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.SettingsConfiguration());

        modelBuilder.Entity<CoordinationItem>(e =>
        {
            e.ToTable("items", t => t.HasCheckConstraint("ck_items_open_is_due", "NOT is_open OR due_on IS NOT NULL")); // what open_item_counts counts
            e.Property(i => i.CaseNumber).HasMaxLength(40);
            e.Property(i => i.Kind).HasMaxLength(60);
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.Basis).HasMaxLength(300);
            e.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.UnitName).HasMaxLength(100);
            e.Property(i => i.Priority).HasConversion<string>().HasMaxLength(10);
            e.Property(i => i.SourceKey).HasMaxLength(120);
            e.Property(i => i.DueUnit).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.NextNotice).HasConversion<string>().HasMaxLength(10);
            e.Property(i => i.Result).HasMaxLength(2000);
            e.Property(i => i.ReturnReason).HasMaxLength(500);
            e.HasIndex(i => new { i.TenantId, i.UnitId, i.DueOn, i.Id }).HasFilter("is_open"); // a unit's inbox, by due date
            e.HasIndex(i => new { i.TenantId, i.DueOn, i.Id }).HasFilter("is_open");             // the office's overview
            e.HasIndex(i => new { i.TenantId, i.Status }).HasFilter("status IN ('PendingConsent', 'Returned')");
            e.HasIndex(i => new { i.TenantId, i.CaseId });
            e.HasIndex(i => new { i.TenantId, i.NextReminderOn }).HasFilter("next_reminder_on IS NOT NULL"); // the sweep
            e.HasIndex(i => new { i.TenantId, i.SourceKey }).IsUnique().HasFilter("source_key IS NOT NULL");   // one item per template line and case
            e.HasMany(i => i.History).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Comments).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(UnitFilter, i => UnitScope == null || i.RaisedByUnitId == UnitScope
                || (i.UnitId == UnitScope && i.Status != ItemStatus.PendingConsent && i.Status != ItemStatus.Declined));
        });

        modelBuilder.Entity<ItemStep>(e =>
        {
            e.ToTable("item_steps");
            e.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.FromStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.ToStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Note).HasMaxLength(2000);
            e.HasIndex(s => new { s.ItemId, s.Position }).IsUnique();
            e.HasQueryFilter(UnitFilter, s => UnitScope == null || Items.Any(i => i.Id == s.ItemId));
        });

        modelBuilder.Entity<ItemComment>(e =>
        {
            e.ToTable("item_comments");
            e.Property(c => c.Text).HasMaxLength(2000);
            e.Property(c => c.ByName).HasMaxLength(50);
            e.HasIndex(c => new { c.ItemId, c.At });
            e.HasQueryFilter(UnitFilter, c => UnitScope == null || Items.Any(i => i.Id == c.ItemId));
        });

        modelBuilder.Entity<ItemAttachment>(e =>
        {
            e.ToTable("item_attachments");
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.HasIndex(a => a.ItemId);
            e.HasQueryFilter(UnitFilter, a => UnitScope == null || Items.Any(i => i.Id == a.ItemId));
        });

        modelBuilder.Entity<AttachmentContent>(e =>
        {
            e.ToTable("attachment_contents");
            e.HasIndex(c => c.AttachmentId).IsUnique();
            e.HasOne<ItemAttachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(UnitFilter, c => UnitScope == null || Set<ItemAttachment>().Any(a => a.Id == c.AttachmentId));
        });

        modelBuilder.Entity<EvasionLead>(e =>
        {
            e.ToTable("evasion_leads");
            e.Property(l => l.CaseNumber).HasMaxLength(40);
            e.Property(l => l.Basis).HasConversion<string>().HasMaxLength(30);
            e.Property(l => l.Facts).HasMaxLength(4000);
            e.Property(l => l.UnitName).HasMaxLength(100);
            e.HasIndex(l => new { l.TenantId, l.HandedOn });
            e.HasIndex(l => l.ItemId).IsUnique();
            e.HasQueryFilter(UnitFilter, l => UnitScope == null || Items.Any(i => i.Id == l.ItemId)); // a unit sees the leads it was handed
        });
    }
}
