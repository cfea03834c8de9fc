using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Coordination.Features.Reminders;

/// <summary>
/// Runs the <see cref="ReminderSweep"/> every <c>Liandong:Coordination:SweepMinutes</c> minutes (default 5) by the
/// <see cref="TimeProvider"/>; off when <c>Liandong:Coordination:SweepEnabled</c> is false (the test host drives
/// sweeps itself, on a fake clock); then the queued notice e-mails through SMTP when <c>Liandong:Smtp:Host</c> is set.
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
        var email = services.GetRequiredService<EmailSender>();
        var smtp = configuration.GetSection("Liandong:Smtp").Get<SmtpSettings>() ?? new SmtpSettings(null);
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

                if (sent is not null) // this host holds the sweep, so it sends the mail too
                {
                    await email.SendPendingAsync(smtp, clock, stoppingToken);
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
