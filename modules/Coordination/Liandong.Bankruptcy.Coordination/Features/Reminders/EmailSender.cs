using System.Net;
using System.Net.Mail;
using System.Text;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Coordination.Features.Reminders;

/// <summary>SMTP settings (<c>Liandong:Smtp</c>): without a host, notices stay in-app only.</summary>
internal sealed record SmtpSettings(string? Host, int Port = 25, string From = "liandong@localhost", bool EnableSsl = false, string? UserName = null, string? Password = null)
{
    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>
/// Sends the queued notice e-mails of every county (each in its scope) through SMTP when configured. A message is marked
/// sent after the server took it, so a crash in between sends it again: at least once, as e-mail can only be.
/// A message the server refused stays queued (its attempts and last error recorded) for the next run, up to
/// <see cref="MaxAttempts"/> tries.
/// </summary>
internal sealed class EmailSender(IServiceScopeFactory scopes, ICurrentTenant tenant, ILogger<EmailSender> logger)
{
    private const int Batch = 50;

    /// <summary>A message refused this many times stays in the table (with its last error) but is no longer tried.</summary>
    public const int MaxAttempts = 10;

    public async Task<int> SendPendingAsync(SmtpSettings smtp, TimeProvider clock, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? counties = null)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(clock);
        if (!smtp.Configured)
        {
            return 0;
        }

        IReadOnlyList<Guid> active;
        await using (var scope = scopes.CreateAsyncScope())
        {
            active = await scope.ServiceProvider.GetRequiredService<ICountyRegistry>().ActiveAsync(cancellationToken);
        }

        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (smtp.UserName is not null)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        var sent = 0;
        foreach (var county in active.Where(c => counties is null || counties.Contains(c)))
        {
            using var _ = tenant.Change(county);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
            foreach (var message in await db.Emails.Where(m => m.SentAt == null && m.Attempts < MaxAttempts).OrderBy(m => m.CreatedAt).Take(Batch).ToListAsync(cancellationToken))
            {
                try
                {
                    using var mail = new MailMessage(smtp.From, message.To, message.Subject, message.Body)
                    {
                        SubjectEncoding = Encoding.UTF8, BodyEncoding = Encoding.UTF8,
                    };
                    await client.SendMailAsync(mail, cancellationToken);
                    message.Sent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException)
                {
                    logger.LogWarning(e, "Notice e-mail {MessageId} to {To} not sent; it stays queued", message.Id, message.To);
                    message.Failed(e.Message);
                }

                await db.SaveChangesAsync(CancellationToken.None); // record each send at once: a later failure must not resend it
            }
        }

        return sent;
    }
}
