using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liandong.Bankruptcy.Platform.Tenancy;

/// <summary>
/// Keeps PostgreSQL's <c>app.tenant_id</c> equal to the tenant scope of the code that runs each command: set when a
/// connection opens, and set again before a command whenever the scope differs from what the connection last had.
/// The row-level-security policies read it (fail closed on '' or unset).
/// </summary>
internal sealed class TenantSessionInterceptor(ICurrentTenant currentTenant) : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private const string SetSql = "SELECT set_config('app.tenant_id', @tenant, false)";

    // The value each open connection last received; a pooled connection is reset by DISCARD ALL on return.
    private static readonly ConditionalWeakTable<DbConnection, string> LastSet = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection, null);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, null, cancellationToken);

    public InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    // A rollback also undoes a set_config made inside the transaction: forget what we set, so the next command sets it.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            LastSet.Remove(context.Database.GetDbConnection());
        }
    }

    private string Wanted => currentTenant.Id?.ToString() ?? string.Empty;

    private void EnsureCurrent(DbCommand command)
    {
        if (command.Connection is { } connection && !IsCurrent(connection))
        {
            Apply(connection, command.Transaction);
        }
    }

    private async Task EnsureCurrentAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.Connection is { } connection && !IsCurrent(connection))
        {
            await ApplyAsync(connection, command.Transaction, cancellationToken);
        }
    }

    private bool IsCurrent(DbConnection connection) =>
        LastSet.TryGetValue(connection, out var last) && last == Wanted;

    private void Apply(DbConnection connection, DbTransaction? transaction)
    {
        var wanted = Wanted;
        using var set = CreateSetCommand(connection, transaction, wanted);
        set.ExecuteNonQuery();
        LastSet.AddOrUpdate(connection, wanted);
    }

    private async Task ApplyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var wanted = Wanted;
        await using var set = CreateSetCommand(connection, transaction, wanted);
        await set.ExecuteNonQueryAsync(cancellationToken);
        LastSet.AddOrUpdate(connection, wanted);
    }

    private static DbCommand CreateSetCommand(DbConnection connection, DbTransaction? transaction, string tenant)
    {
        var set = connection.CreateCommand();
        set.CommandText = SetSql;
        set.Transaction = transaction;
        var parameter = set.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenant;
        set.Parameters.Add(parameter);
        return set;
    }
}
