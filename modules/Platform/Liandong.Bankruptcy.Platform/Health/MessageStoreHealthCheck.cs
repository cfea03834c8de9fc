using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Health;

/// <summary>
/// Ready only when the message store's tables answer; degraded while any message sits dead-lettered (administrators
/// replay them).
/// </summary>
internal sealed class MessageStoreHealthCheck(Persistence.DatabaseSettings database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM {Messaging.Messaging.StoreSchema}.wolverine_dead_letters WHERE archived_at IS NULL", connection);
            var deadLetters = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return deadLetters == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded($"{deadLetters} dead-lettered message(s)");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("message store unavailable", e);
        }
    }
}
