using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// Which pool of physical connections a leased module context uses. A context leased in a request's own scope
/// (<c>HttpContext.RequestServices</c>) uses the requests' pool, at most <see cref="DatabaseSettings.RequestPoolSize"/>
/// connections (twice the processors, at least 4, unless <c>Liandong:RequestConnections</c> says otherwise); every
/// other context (a message handler's, the reminder sweep's, a scope a request opens for work of its own, the migrate
/// and seed steps) uses the configured pool (Npgsql's <c>Maximum Pool Size</c>, 100 unless configured).
/// </summary>
/// <remarks>
/// <para>
/// Why bounded: a request beyond the bound waits for a connection in the pool's queue, first come first served,
/// instead of every request's statement running at once and PostgreSQL's backends taking turns on the processors. On
/// two cores, the unit inbox at 16 connections (<c>etc/measure.sh pair</c>): p95 8–10 ms against 18–26 ms with a
/// connection per request in flight, 5 % more requests a second, 5 % less host CPU per request.
/// </para>
/// <para>
/// Why only requests: a request holds a connection only while one of its statements or its save's transaction runs, never
/// while it waits for another connection (one handler, one transaction, reads before it), so its pool can be small
/// without two requests ever waiting on each other. A message handler holds its transaction's connection for the whole
/// handler (Wolverine's EF transaction) and may read another module's context inside it: on a small pool, as many such
/// handlers at once would each hold a connection and wait for a second. Their pool keeps Npgsql's size.
/// </para>
/// <para>
/// Not multiplexed (Npgsql's <c>Multiplexing</c>, used here until this pool replaced it): a bounded pool without it
/// answered faster with a shorter tail, and Npgsql 11 removes the feature (npgsql/npgsql#6449).
/// </para>
/// </remarks>
internal sealed class ConnectionPools(DatabaseSettings database, IHttpContextAccessor accessor)
{
    /// <summary>The configured pool's string, as the module contexts' options carry it.</summary>
    public string Configured { get; } = ModuleServices.ForEntityFramework(database.ConnectionString);

    /// <summary>The requests' pool's string (the configured one when the process does not serve).</summary>
    public string Requests { get; } = ModuleServices.ForEntityFramework(database.ConnectionString, database.Serving ? database.RequestPoolSize : null);

    /// <summary>Points a context just leased in <paramref name="scope"/> at its pool (a pooled context keeps the last lease's).</summary>
    public TContext Assign<TContext>(TContext context, IServiceProvider scope)
        where TContext : DbContext
    {
        var wanted = ReferenceEquals(accessor.HttpContext?.RequestServices, scope) ? Requests : Configured;
        if (!string.Equals(context.Database.GetConnectionString(), wanted, StringComparison.Ordinal))
        {
            context.Database.SetConnectionString(wanted);
        }

        return context;
    }
}
