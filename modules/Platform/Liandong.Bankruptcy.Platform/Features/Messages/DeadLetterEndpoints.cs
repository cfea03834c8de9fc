using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Wolverine.Persistence.Durability;

using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Platform.Features.Messages;

/// <summary>
/// Dead-lettered messages, for host administrators: what failed and why, and replay once the cause is mended. While
/// any is waiting, /health/ready says Degraded. Envelopes carry ids and amounts only, never personal data.
/// </summary>
internal static class DeadLetterEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var deadLetters = api.MapGroup("/host/dead-letters").WithTags("Messages");
        deadLetters.MapGet("/", List).RequirePermission(PlatformPermissions.MessagesManage)
            .Describe("ListDeadLetters", "Dead-lettered messages", "死信消息列表");
        deadLetters.MapPost("/{id:guid}/replay", Replay).RequirePermission(PlatformPermissions.MessagesManage)
            .Describe("ReplayDeadLetter", "Replay a dead-lettered message", "重放死信消息");
    }

    internal static async Task<Ok<List<DeadLetterDto>>> List(DatabaseSettings database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT id, message_type, coalesce(exception_type, ''), coalesce(exception_message, ''), failed_at, coalesce(replayable, false)
            FROM {Messaging.Messaging.StoreSchema}.wolverine_dead_letters WHERE archived_at IS NULL
            ORDER BY failed_at DESC NULLS LAST LIMIT 200
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DeadLetterDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeadLetterDto(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetBoolean(5)));
        }

        return TypedResults.Ok(rows);
    }

    internal static async Task<Accepted> Replay(Guid id, IMessageStore store, DatabaseSettings database, CancellationToken cancellationToken)
    {
        if (!(await List(database, cancellationToken)).Value!.Any(d => d.Id == id))
        {
            throw BusinessException.NotFound();
        }

        await store.DeadLetters.MarkDeadLetterEnvelopesAsReplayableAsync([id]);
        return TypedResults.Accepted($"/api/host/dead-letters");
    }
}

internal sealed record DeadLetterDto(Guid Id, string MessageType, string ExceptionType, string ExceptionMessage, DateTimeOffset? FailedAt, bool Replayable);
