using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema and migrations history, snake_case names, the named tenant
/// filter on every <see cref="ITenantOwned"/> entity, tenant stamping on insert, created/updated stamps, and
/// <c>xmin</c> as the version of every <see cref="AggregateRoot"/>.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>The name of the tenant query filter; the only filter anyone may ignore, and only by name.</summary>
    public const string TenantFilter = "Tenant";

    private const string IdempotencyTable = "idempotency_records";

    private readonly ICurrentTenant _currentTenant;
    private readonly TimeProvider _clock;
    private readonly IAuditContext _audit;

    // Pooled (ModuleServices): one constructor taking only the options, and only singletons taken from the application's
    // services, which the options carry; nothing a request sets is kept between leases.
    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
        ApplicationServices = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider
            ?? throw new InvalidOperationException("A module DbContext's options carry the application's services (ModuleServices).");
        _currentTenant = ApplicationServices.GetRequiredService<ICurrentTenant>();
        _clock = ApplicationServices.GetRequiredService<TimeProvider>();
        _audit = ApplicationServices.GetRequiredService<IAuditContext>();
    }

    /// <summary>The application's root services (singletons only: a pooled context outlives every request scope).</summary>
    protected IServiceProvider ApplicationServices { get; }

    /// <summary>The signed-in user's unit, for a module's data-level filter beyond the county (read per query).</summary>
    protected Identity.ICurrentUnit CurrentUnit => field ??= ApplicationServices.GetRequiredService<Identity.ICurrentUnit>();

    /// <summary>The schema this module owns.</summary>
    public abstract string Schema { get; }

    // Read by the query filter as a DbContext member, so EF sends it as a parameter, never a captured constant.
    protected Guid? CurrentTenantId => _currentTenant.Id;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        ConfigureModel(modelBuilder);

        // Every module's changes are audited into Platform's table, in the same transaction; only Platform migrates it.
        modelBuilder.Entity<AuditChange>(e =>
        {
            e.ToTable("audit_changes", "platform", t =>
            {
                if (Schema != "platform")
                {
                    t.ExcludeFromMigrations();
                }
            });
            e.Property(c => c.Id).UseIdentityAlwaysColumn();
            e.Property(c => c.CorrelationId).HasMaxLength(64);
            e.Property(c => c.EntityType).HasMaxLength(100);
            e.Property(c => c.EntityId).HasMaxLength(100);
            e.Property(c => c.Operation).HasMaxLength(20);
            e.Property(c => c.Changes).HasColumnType("jsonb");
            e.HasIndex(c => new { c.TenantId, c.Id });
            e.HasIndex(c => new { c.TenantId, c.EntityType, c.EntityId, c.Id });
        });

        // A create's Idempotency-Key is recorded by the create's own save (see PrepareChanges); only Platform migrates it.
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable(IdempotencyTable, "platform", t =>
            {
                if (Schema != "platform")
                {
                    t.ExcludeFromMigrations();
                }
            });
            e.Property(r => r.Key).HasMaxLength(100);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.HasIndex(r => new { r.TenantId, r.UserId, r.Key }).IsUnique().AreNullsDistinct(false);
        });

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.BaseType is null))
        {
            if (typeof(Entity).IsAssignableFrom(entityType.ClrType))
            {
                // Keys are uuid v7 made in the constructor, so a new child found through a navigation is an insert, not an update.
                modelBuilder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
            }

            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                typeof(ModuleDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(entityType.ClrType)
                    .Invoke(this, [modelBuilder]);
            }

            if (typeof(AggregateRoot).IsAssignableFrom(entityType.ClrType))
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(AggregateRoot.Version)).IsRowVersion();
            }
        }
    }

    /// <summary>The module's own entity configuration.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var key = PrepareChanges();
        try
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            Recorded(key);
            return saved;
        }
        catch (DbUpdateException e)
        {
            var refusal = Refusal(e, key);
            if (refusal == e)
            {
                throw;
            }

            throw refusal;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var key = PrepareChanges();
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            Recorded(key);
            return saved;
        }
        catch (DbUpdateException e)
        {
            var refusal = Refusal(e, key);
            if (refusal == e)
            {
                throw;
            }

            throw refusal;
        }
    }

    /// <summary>Set by <c>ExpectVersion</c>: this unit of work changes an aggregate at the version the client saw.</summary>
    internal bool ExpectsVersion { get; set; }

    // The end of a lease (the pool keeps the instance): forget what the unit of work set, as EF forgets its own state.
    public override void Dispose()
    {
        ExpectsVersion = false;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        ExpectsVersion = false;
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// What a failed save means: a twin under the same Idempotency-Key, a stale version, or what it says (then it is
    /// rethrown as it is).
    /// </summary>
    private Exception Refusal(DbUpdateException e, IdempotencyRecord? key)
    {
        if (key is not null)
        {
            // Forgotten, so a save that is tried again (a numbered create) records the key again.
            Entry(key).State = EntityState.Detached;
        }

        if (e.InnerException is not PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation)
        {
            return e;
        }

        if (violation.TableName == IdempotencyTable)
        {
            // A request with the same key committed while this one ran; this one's work rolled back with it.
            return new IdempotencyKeyTakenException(e);
        }

        // Two writers changed the same aggregate at one version and both added a child at the same position: the
        // child's unique index fired before the root's version check. The loser's truth is a stale version (412).
        return ExpectsVersion && IsChildTable(violation)
            ? new DbUpdateConcurrencyException("The aggregate changed while this change was being saved.", e)
            : e;
    }

    private bool IsChildTable(PostgresException violation) =>
        Model.GetEntityTypes().Any(t => t.GetTableName() == violation.TableName && t.GetSchema() == violation.SchemaName
                                        && !typeof(AggregateRoot).IsAssignableFrom(t.ClrType));

    /// <summary>
    /// When this save adds what the request creates under an Idempotency-Key, adds the key with the new id (returned, to
    /// mark it recorded once saved); then stamps, then records the audit of what is about to be saved, in the same save.
    /// </summary>
    private IdempotencyRecord? PrepareChanges()
    {
        // A save sets the county inside its transaction (TenantCommandInterceptor), so even a single statement has one;
        // set on every save, as the pool resets it when a lease ends.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        var key = IdempotencyKey();
        StampChanges();
        Set<AuditChange>().AddRange(ChangeAudit.Collect(ChangeTracker, _audit, _currentTenant.Id, _clock.GetUtcNow()));
        return key;
    }

    private IdempotencyRecord? IdempotencyKey()
    {
        if (_audit.IdempotentCreate is not { RecordedId: null, ReplayOf: null } create)
        {
            return null;
        }

        var created = ChangeTracker.Entries<Entity>()
            .FirstOrDefault(e => e.State == EntityState.Added && e.Entity.GetType() == create.Created)?.Entity;
        if (created is null)
        {
            return null;
        }

        var record = new IdempotencyRecord(create.UserId, create.Key, create.RequestHash, created.Id);
        Set<IdempotencyRecord>().Add(record);
        return record;
    }

    private void Recorded(IdempotencyRecord? key)
    {
        if (key is not null)
        {
            _audit.IdempotentCreate!.RecordedId = key.ResourceId;
        }
    }

    private void ApplyTenantFilter<T>(ModelBuilder modelBuilder)
        where T : class, ITenantOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(TenantFilter, e => e.TenantId == CurrentTenantId);

    private void StampChanges()
    {
        var now = _clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    if (entry.Entity is ITenantOwned)
                    {
                        StampTenant(entry);
                    }

                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    break;
                case EntityState.Unchanged when entry.Entity is AggregateRoot { Touched: true }:
                    entry.Entity.UpdatedAt = now;
                    break;
            }

            if (entry.Entity is AggregateRoot root)
            {
                root.Touched = false;
            }
        }
    }

    private void StampTenant(EntityEntry<Entity> entry)
    {
        var tenant = entry.Property(nameof(ITenantOwned.TenantId));
        var current = _currentTenant.Id
            ?? throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} was added outside any tenant scope.");
        if ((Guid)tenant.CurrentValue! == Guid.Empty)
        {
            tenant.CurrentValue = current;
        }
        else if ((Guid)tenant.CurrentValue! != current)
        {
            throw new InvalidOperationException(
                $"A {entry.Metadata.ClrType.Name} of another tenant was added in the scope of {current}.");
        }
    }
}
