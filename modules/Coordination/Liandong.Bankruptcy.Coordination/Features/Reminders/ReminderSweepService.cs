using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Coordination.Features.Reminders;

/// <summary>
/// Runs the <see cref="ReminderSweep"/> every <c>Liandong:Coordination:SweepMinutes</c> minutes (default 5) by the
/// <see cref="TimeProvider"/>; off when <c>Liandong:Coordination:SweepEnabled</c> is false (the test host drives
/// sweeps itself, on a fake clock).
/// </summary>
internal sealed class ReminderSweepService(IServiceProvider services, TimeProvider clock, IConfiguration configuration, ILogger<ReminderSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Liandong:Coordination:SweepEnabled", true))
        {
            return;
        }

        var sweep = services.GetRequiredService<ReminderSweep>();
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Liandong:Coordination:SweepMinutes", 5)), clock);
        do
        {
            try
            {
                var sent = await sweep.RunAsync(clock, null, stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Reminder sweep sent {Count} notices", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder sweep failed; the next run resumes where it stopped");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
