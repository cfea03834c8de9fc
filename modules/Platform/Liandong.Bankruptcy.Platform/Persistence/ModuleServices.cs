using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Persistence;

public static class ModuleServices
{
    /// <summary>
    /// Registers a module's DbContext the one way: Npgsql on the configured connection, the module's schema for its
    /// migrations history, snake_case names, the tenant session interceptor, and Wolverine's outbox integration.
    /// A context leased in a request's own scope takes its connections from the requests' bounded pool
    /// (<see cref="ConnectionPools"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContextWithWolverineIntegration<TContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<DatabaseSettings>();
            Configure(options, database.ConnectionString, schema, sp.GetRequiredService<TenantCommandInterceptor>())
                .EnableThreadSafetyChecks(database.DevelopmentChecks);
            if (database.DevelopmentChecks)
            {
                // A query that loads two collections says how (AsSplitQuery, or AsSingleQuery where the product is a
                // handful of rows): in one statement each row comes once per pair of the two collections' rows.
                options.ConfigureWarnings(w => w.Throw(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.MultipleCollectionIncludeWarning));
            }
        });

        // Pooled: a request leases a context whose EF services already exist instead of building them (the largest
        // share of a short read's host time before). The pool takes the options registered above (the configuration
        // is not repeated, or the interceptor would run twice); the scope returns its lease when it ends.
        services.AddPooledDbContextFactory<TContext>((_, _) => { });
        services.TryAddSingleton<ConnectionPools>();
        services.Replace(ServiceDescriptor.Scoped(sp =>
            sp.GetRequiredService<ConnectionPools>().Assign(sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext(), sp)));
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), schema));
        return services;
    }

    /// <summary>Options for a module's design-time factory (<c>dotnet ef migrations add</c>); no database is contacted.</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : ModuleDbContext
    {
        var options = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(DesignTimeServices);
        Configure(options, "Host=localhost;Database=design", schema, null);
        return options.Options;
    }

    // No county, no user, no unit: what a design-time context needs of the application.
    private static readonly ServiceProvider DesignTimeServices = new ServiceCollection()
        .AddSingleton<ICurrentTenant>(new CurrentTenant())
        .AddSingleton(TimeProvider.System)
        .AddSingleton<Auditing.IAuditContext>(new NoUser())
        .AddSingleton<Identity.ICurrentUnit>(new NoUnit())
        .AddSingleton<Authorization.AccessVersion>()
        .BuildServiceProvider();

    private sealed class NoUser : Auditing.IAuditContext
    {
        public Guid? UserId => null;

        public string CorrelationId => "design";
    }

    private sealed class NoUnit : Identity.ICurrentUnit
    {
        public Identity.MemberUnit? Unit => null;
    }

    /// <summary>
    /// The connection string of the module DbContexts' own pools: statements prepared automatically and kept with the
    /// pooled connection (<c>Max Auto Prepare</c>), and no reset when a connection returns to the pool (<c>No Reset On
    /// Close</c>): every command EF sends sets the county in its own transaction (<see cref="TenantCommandInterceptor"/>),
    /// so no session state needs undoing, and a reset would cost each request a round of statements. Either can be set
    /// in the configured string instead (<c>Max Auto Prepare=0</c> behind a PgBouncer without prepared statements).
    /// <paramref name="maxPoolSize"/>: at most that many physical connections (never more than the configured
    /// <c>Maximum Pool Size</c>): the requests' pool (<see cref="ConnectionPools"/>).
    /// Raw connections (messages, health, the reminder sweep's lock) keep the configured string and its pool.
    /// </summary>
    internal static string ForEntityFramework(string connectionString, int? maxPoolSize = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!HasKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
        }

        if (!HasKey(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (maxPoolSize is { } size && size < builder.MaxPoolSize)
        {
            builder.MaxPoolSize = size;
            builder.MinPoolSize = Math.Min(builder.MinPoolSize, size);
        }

        return builder.ConnectionString;

        // A key under any of its spellings (Npgsql takes "Max Auto Prepare" and "MaxAutoPrepare" alike).
        static bool HasKey(string connectionString, params string[] names) =>
            names.Any(name => connectionString.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    internal static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder options, string connectionString, string schema, TenantCommandInterceptor? interceptor)
    {
        options.UseNpgsql(ForEntityFramework(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            // A failed save is the caller's to judge: most are handled (a unique key that turns into a replay, a retry, a
            // 409 or 412) and are not errors; what is not handled is logged at Error where it surfaces (a 500, a failed
            // message).
            .ConfigureWarnings(w => w.Log(
                (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, Microsoft.Extensions.Logging.LogLevel.Information),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Information)));
#pragma warning disable EF9100 // experimental: see QueryDelegateHoisting
        options.ReplaceService<Microsoft.EntityFrameworkCore.Query.ILiftableConstantProcessor, QueryDelegateHoisting>();
#pragma warning restore EF9100
        options.AddInterceptors(PreparedStatementRecovery.Instance);
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return options;
    }
}

/// <summary>A module DbContext known to the migrate step and to the isolation harnesses.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, string Schema);

/// <summary>
/// The connection string this process uses: the application role's, or the owner's in the migrate and seed steps;
/// <paramref name="Serving"/> when it serves requests (its requests' contexts then share a pool of at most
/// <paramref name="RequestConnections"/> connections: <see cref="ConnectionPools"/>).
/// <paramref name="DevelopmentChecks"/>, on everywhere but in Production (as the container's scope validation): EF's
/// detection of a context used by two operations at once, and a query loading two collections without saying how to
/// split them an error instead of a warning. The first check enters and leaves an async-local section around every row a
/// query reads, each a new execution context: a quarter of all a 50-row list allocated per request. A context is never
/// shared between concurrent operations here (one per scope, leased from the pool); Development and the tests keep the
/// checks to catch the code that would break them.
/// </summary>
public sealed record DatabaseSettings(
    string ConnectionString, bool Serving = false, bool DevelopmentChecks = true, int? RequestConnections = null)
{
    /// <summary>The requests' pool's size: <see cref="RequestConnections"/> when configured, else twice the host's processors, at least 4.</summary>
    public int RequestPoolSize => RequestConnections ?? Math.Max(4, 2 * Environment.ProcessorCount);
}
