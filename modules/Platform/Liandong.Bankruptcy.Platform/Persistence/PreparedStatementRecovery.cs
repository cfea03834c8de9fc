using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// Retires the module contexts' pooled connections after a command failed on a value PostgreSQL refused (SQLSTATE class
/// 22, data exception: a NUL character, a value too long or out of range), so no later command meets a prepared
/// statement Npgsql has recorded wrongly.
/// </summary>
/// <remarks>
/// Npgsql 10.0.3 prepares a statement automatically on its fifth use on a physical connection (<c>Max Auto Prepare</c>,
/// <see cref="ModuleServices.ForEntityFramework"/>). When that very execution fails while PostgreSQL binds its values
/// (after the statement was parsed), Npgsql keeps the statement as prepared but without the description of its rows; the
/// next command that runs it on that connection reads a row it does not expect ("Received unexpected backend message
/// DataRow") and fails, an innocent request answered 500 (npgsql/npgsql#6391, open). Such failures are all data
/// exceptions, rare once input is validated; clearing the pool costs the pool's connections a reconnect: idle ones close
/// now, busy ones (the failed command's among them) when they return. A failure at execution (a unique key, a
/// serialization conflict) leaves the bookkeeping right and the pool alone.
/// </remarks>
internal sealed class PreparedStatementRecovery : DbCommandInterceptor
{
    public static readonly PreparedStatementRecovery Instance = new();

    private PreparedStatementRecovery()
    {
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Retire(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Retire(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void Retire(DbCommand command, Exception exception)
    {
        if (exception is PostgresException failure && failure.SqlState.StartsWith("22", StringComparison.Ordinal)
            && command.Connection is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
