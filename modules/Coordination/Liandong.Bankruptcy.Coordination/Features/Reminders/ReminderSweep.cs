using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Liandong.Bankruptcy.Coordination.Features.Reminders;

/// <summary>
/// The reminder sweep (architecture.md, "Messaging and background work"): one host at a time, under a PostgreSQL
/// advisory lock, visits each county in its own scope and sends what is due by the clock: a reminder
/// <c>ReminderDays</c> working days before an item's due date to its unit's officers, and the day after the due date an
/// overdue notice to them and the office, naming the unit's accountable head. Each send is recorded under a unique
/// (item, kind, due date, unit) in the same transaction as its notifications and the item's next date, so nothing is
/// sent twice, and a sweep stopped half-way resumes where it stopped.
/// </summary>
internal sealed class ReminderSweep(IServiceScopeFactory scopes, DatabaseSettings database, ICurrentTenant tenant, ILogger<ReminderSweep> logger)
{
    /// <summary>The advisory lock's key ("LDCOORD1"), the same on every host.</summary>
    public const long LockKey = 0x4C44434F4F524431;

    private const int Batch = 100;

    /// <summary>
    /// Runs one sweep by <paramref name="clock"/>; the number of notices sent, or null when another host is sweeping.
    /// <paramref name="sent"/> hears of each item noticed, as it is committed. <paramref name="counties"/> narrows the
    /// sweep (an operator re-running one county; tests, which must not touch other classes' counties); null: all active.
    /// </summary>
    public async Task<int?> RunAsync(TimeProvider clock, IProgress<Guid>? sent, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? counties = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var (today, now) = (clock.Today(), clock.GetUtcNow());
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", LockKey);
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return null;
            }
        }

        try
        {
            IReadOnlyList<Guid> active;
            await using (var scope = scopes.CreateAsyncScope())
            {
                active = await scope.ServiceProvider.GetRequiredService<ICountyRegistry>().ActiveAsync(cancellationToken);
            }

            var total = 0;
            foreach (var county in active.Where(c => counties is null || counties.Contains(c)))
            {
                using var _ = tenant.Change(county);
                total += await SweepCountyAsync(today, now, sent, cancellationToken);
            }

            return total;
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", LockKey);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private async Task<int> SweepCountyAsync(DateOnly today, DateTimeOffset now, IProgress<Guid>? progress, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            List<Guid> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                due = await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Items.AsNoTracking()
                    .Where(i => i.IsOpen && i.NextReminderOn <= today && i.NextNotice != null).OrderBy(i => i.NextReminderOn).ThenBy(i => i.Id)
                    .Select(i => i.Id).Take(Batch).ToListAsync(cancellationToken);
            }

            if (due.Count == 0)
            {
                return sent;
            }

            foreach (var id in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await SendAsync(id, today, now, cancellationToken))
                {
                    sent++;
                    progress?.Report(id);
                }
            }
        }
    }

    /// <summary>Sends one item's due notice in its own transaction; false when there was nothing to send (too late for a reminder, or sent already).</summary>
    private async Task<bool> SendAsync(Guid id, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        var item = await db.Items.SingleAsync(i => i.Id == id, cancellationToken);
        if (item is not { NextNotice: { } kind, DueOn: { } dueOn } || item.NextReminderOn > today)
        {
            return false;
        }

        item.NoticeSent(kind);
        if (kind == NoticeKind.Reminder && today > dueOn)
        {
            await db.SaveChangesAsync(cancellationToken); // past the due date a reminder is pointless: the overdue notice follows
            return false;
        }

        var units = scope.ServiceProvider.GetRequiredService<IUnitDirectory>();
        var own = await units.FindAsync(item.UnitId, cancellationToken);
        var recipients = new List<UnitSummary>();
        if (own is not null)
        {
            recipients.Add(own);
        }

        if (kind == NoticeKind.Overdue)
        {
            recipients.AddRange(await units.ActiveAsync(UnitKind.LeadershipGroupOffice, cancellationToken));
        }

        var (debtorName, debtorUscc) = await db.DebtorOfAsync(item.CaseId, cancellationToken);
        var text = Text(item, debtorName, debtorUscc, kind, dueOn, own?.AccountableHead);
        db.Notices.Add(new SentNotice(item.Id, kind, dueOn, item.UnitId, now));
        foreach (var user in await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().MembersOfAsync([.. recipients.Select(u => u.Id)], cancellationToken))
        {
            db.Notifications.Add(new Notification(user, item.Id, text, now));
        }

        foreach (var address in recipients.Select(u => u.NoticeEmail).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            db.Emails.Add(new EmailMessage(item.Id, address, text.Length > 60 ? text[..60] + "…" : text, text));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Sent already (a sweep stopped between its send and the item's update cannot happen: they commit together;
            // this is a second host or an item moved back to a date already noticed): move the item on, send nothing.
            logger.LogInformation("{Kind} notice of item {ItemId} for {Due} was sent already", kind, id, dueOn);
            await using var again = scopes.CreateAsyncScope();
            var fresh = again.ServiceProvider.GetRequiredService<CoordinationDbContext>();
            (await fresh.Items.SingleAsync(i => i.Id == id, cancellationToken)).NoticeSent(kind, counted: false);
            await fresh.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    /// <summary>The notice's text: the item, the company it concerns (name and credit code) and the case number, and what is due.</summary>
    internal static string Text(CoordinationItem item, string? debtorName, string? debtorUscc, NoticeKind kind, DateOnly due, string? head)
    {
        var about = string.Join("，", new[] { debtorName, debtorUscc is null ? null : $"统一社会信用代码 {debtorUscc}", item.CaseNumber }.OfType<string>());
        var subject = about.Length > 0 ? $"{item.Title}（{about}）" : item.Title;
        return kind == NoticeKind.Reminder
            ? $"提醒：{subject}应于 {due:yyyy-MM-dd} 前办结。"
            : $"逾期：{subject}应于 {due:yyyy-MM-dd} 前办结，{item.UnitName}尚未办结" + (head is null ? "。" : $"，请负责人{head}督办。");
    }
}
