using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liandong.Bankruptcy.Platform.Tenancy;

/// <summary>
/// Gives every command EF sends PostgreSQL's <c>app.tenant_id</c> equal to the tenant scope of the code that runs it,
/// in the command's own transaction (<c>set_config(…, true)</c>), never as session state: nothing outlives the
/// transaction, so a pooled connection, a rollback, a change of scope or a transaction-pooling PgBouncer cannot carry
/// one county's setting into another's command. The row-level-security policies read it (fail closed on ''). For a
/// query tagged <see cref="GenericPlan.WithGenericPlan{T}"/> the same statement asks for the prepared statement's generic
/// plan (<c>plan_cache_mode</c>), also for that transaction only.
/// </summary>
/// <remarks>
/// A query, a raw SQL command, an <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> and a scalar carry the setting as a first
/// statement of the same command: one round trip, one implicit transaction (PostgreSQL commits at the protocol's
/// Sync, which Npgsql sends once per command). A save cannot (EF reads its statements' row counts by position), so
/// saves always run in a transaction (<see cref="Persistence.ModuleDbContext"/>) and the setting is made in it before
/// each batch.
/// </remarks>
internal sealed class TenantCommandInterceptor(ICurrentTenant currentTenant) : DbCommandInterceptor
{
    private const string ParameterName = "__liandong_tenant";
    private const string SetSql = "SELECT set_config('app.tenant_id', @" + ParameterName + ", true)";
    private const string Prefix = SetSql + ";\n";

    // A query tagged WithGenericPlan also runs its prepared statement's generic plan, planned once per connection,
    // instead of PostgreSQL's default of planning anew on each execution while the generic plan's estimate looks worse.
    private const string GenericPlanPrefix = "SELECT set_config('app.tenant_id', @" + ParameterName + ", true), "
                                             + "set_config('plan_cache_mode', 'force_generic_plan', true);\n";
    private const string GenericPlanTagLine = "-- " + GenericPlan.Tag + "\n";

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            return result;
        }

        if (eventData.CommandSource == CommandSource.SaveChanges)
        {
            using var set = SetInTransaction(command);
            set.ExecuteNonQuery();
        }
        else
        {
            AddPrefix(command);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            return result;
        }

        if (eventData.CommandSource == CommandSource.SaveChanges)
        {
            await using var set = SetInTransaction(command);
            await set.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            AddPrefix(command);
        }

        return result;
    }

    // The reader starts on the setting's own result (one row); the command's results follow it.
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        if (HasPrefix(command))
        {
            result.NextResult();
        }

        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (HasPrefix(command))
        {
            await result.NextResultAsync(cancellationToken);
        }

        return result;
    }

    // The count of rows affected leaves out a SELECT's rows, so the prefix does not change it.
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        AddPrefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddPrefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    // A scalar is the first value of the first result, which would be the setting's: read the command's own instead.
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            return result;
        }

        AddPrefix(command);
        using var reader = command.ExecuteReader();
        reader.NextResult();
        return InterceptionResult<object>.SuppressWithResult(reader.Read() ? reader.GetValue(0) : null!);
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            return result;
        }

        AddPrefix(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return InterceptionResult<object>.SuppressWithResult(await reader.ReadAsync(cancellationToken) ? reader.GetValue(0) : null!);
    }

    private string Wanted => currentTenant.Id?.ToString() ?? string.Empty;

    private static bool HasPrefix(DbCommand command) =>
        command.CommandText.StartsWith(Prefix, StringComparison.Ordinal) || command.CommandText.StartsWith(GenericPlanPrefix, StringComparison.Ordinal);

    // Migrations run as the owner, outside every county; some of their statements (CREATE DATABASE, CREATE INDEX
    // CONCURRENTLY) may not share a transaction with anything.
    private void AddPrefix(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource != CommandSource.Migrations)
        {
            AddPrefix(command);
        }
    }

    private void AddPrefix(DbCommand command)
    {
        command.CommandText = Prefixed(command.CommandText);
        command.Parameters.Add(Parameter(command, Wanted));
    }

    // A query's text is the same on every execution (EF caches its SQL per query shape), so its prefixed text is built
    // once, not per request (for a case's read, three statements of a few kilobytes each). The set of texts is bounded:
    // past the bound a text is prefixed as it comes.
    private const int PrefixedTextsBound = 1024;
    private static readonly ConcurrentDictionary<string, string> PrefixedTexts = new(StringComparer.Ordinal);

    private static string Prefixed(string sql)
    {
        if (PrefixedTexts.TryGetValue(sql, out var prefixed))
        {
            return prefixed;
        }

        prefixed = (sql.StartsWith(GenericPlanTagLine, StringComparison.Ordinal) ? GenericPlanPrefix : Prefix) + sql;
        if (PrefixedTexts.Count < PrefixedTextsBound)
        {
            PrefixedTexts.TryAdd(sql, prefixed);
        }

        return prefixed;
    }

    private DbCommand SetInTransaction(DbCommand command)
    {
        if (command.Transaction is null)
        {
            throw new InvalidOperationException("A save ran outside a transaction: the tenant setting would not reach it.");
        }

        var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = SetSql;
        set.Parameters.Add(Parameter(set, Wanted));
        return set;
    }

    private static DbParameter Parameter(DbCommand command, string tenant)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = ParameterName;
        parameter.Value = tenant;
        return parameter;
    }
}
