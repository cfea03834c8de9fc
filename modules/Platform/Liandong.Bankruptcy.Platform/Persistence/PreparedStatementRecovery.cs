using System.Data.Common;
using Microsoft.EntityFrameworkCore;
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
/// serialization conflict) leaves the bookkeeping right and the pool alone. A failed save is watched as a save, not as a
/// command: its later statements fail while EF reads the batch's results, after the command was reported executed, so
/// only the save's failure reports them all; failed commands are watched for the rest (queries, raw SQL, bulk updates).
/// </remarks>
internal sealed class PreparedStatementRecovery : DbCommandInterceptor, ISaveChangesInterceptor
{
    public static readonly PreparedStatementRecovery Instance = new();

    private PreparedStatementRecovery()
    {
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        if (eventData.CommandSource != CommandSource.SaveChanges)
        {
            Retire(command.Connection, eventData.Exception);
        }
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Retire(eventData.Context, eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private static void Retire(DbContext? context, Exception exception)
    {
        if (context is not null)
        {
            Retire(context.Database.GetDbConnection(), exception);
        }
    }

    private static void Retire(DbConnection? connection, Exception exception)
    {
        if ((exception as PostgresException ?? exception.InnerException as PostgresException) is { } failure
            && failure.SqlState.StartsWith("22", StringComparison.Ordinal)
            && connection is NpgsqlConnection npgsql)
        {
            NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
