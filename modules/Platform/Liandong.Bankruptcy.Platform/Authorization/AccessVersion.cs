using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Persistence.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>
/// The version of everything access depends on (grants, roles, memberships, users, county flags). Every host bumps it
/// when PostgreSQL notifies a committed change, so cached permissions and flags stay in step across hosts.
/// </summary>
public sealed class AccessVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>LISTENs on the access channel; after a lost connection it bumps too, since notifications may have been missed.</summary>
internal sealed class AccessChangeListener(DatabaseSettings database, AccessVersion version, ILogger<AccessChangeListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 30 };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, _) => version.Bump();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {AccessSql.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                version.Bump(); // whatever changed while we were not listening
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                version.Bump();
                logger.LogWarning(e, "Access change listener lost its connection; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
