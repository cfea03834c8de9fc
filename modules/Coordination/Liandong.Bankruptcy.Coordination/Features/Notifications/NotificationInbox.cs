using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Notifications;

internal sealed record NotificationDto(Guid Id, Guid? ItemId, string Link, string Text, DateTimeOffset At, bool Read);

internal sealed record NotificationsDto(int Unread, IReadOnlyList<NotificationDto> Items);

internal sealed record CountyCountDto(string DivisionCode, string County, int Open, int Overdue);

/// <summary>
/// A user's in-app notifications (reminders, overdue notices, circulations) with the unread count, marking them read, and
/// the open counts of every county an officer works in (the API and the inbox page).
/// </summary>
internal sealed class NotificationInbox(CoordinationDbContext db, IAuditContext audit, TimeProvider clock)
{
    /// <summary>
    /// The user's notifications, newest first (at most 50), and how many are unread: one statement (the count a
    /// subquery beside every row, so the two agree), compiled (every page of the workbench asks for it).
    /// </summary>
    public async Task<NotificationsDto> ListAsync(CancellationToken cancellationToken)
    {
        var me = audit.UserId ?? throw new BusinessException("platform.unauthenticated", 401);
        var items = new List<NotificationDto>(MaxListed);
        var unread = 0; // no notification at all: none unread
        await foreach (var row in Latest(db, me).WithCancellation(cancellationToken))
        {
            items.Add(row.Notification);
            unread = row.Unread;
        }

        return new NotificationsDto(unread, items);
    }

    private const int MaxListed = 50;

    private sealed record Row(NotificationDto Notification, int Unread);

    private static readonly Func<CoordinationDbContext, Guid, IAsyncEnumerable<Row>> Latest =
        EF.CompileAsyncQuery((CoordinationDbContext db, Guid me) =>
            db.Notifications.AsNoTracking().Where(n => n.UserId == me).OrderByDescending(n => n.At).Take(MaxListed)
                .Select(n => new Row(
                    new NotificationDto(n.Id, n.ItemId, n.Link, n.Text, n.At, n.ReadAt != null),
                    db.Notifications.Count(u => u.UserId == me && u.ReadAt == null))));

    /// <summary>Marks all the user's notifications read; nothing to conflict with, so no version.</summary>
    public async Task MarkReadAsync(CancellationToken cancellationToken)
    {
        var me = audit.UserId ?? throw new BusinessException("platform.unauthenticated", 401);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>For each county the signed-in user works in with a unit: its open items, and how many are overdue.</summary>
    public static async Task<List<CountyCountDto>> CountsAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var directory = services.GetRequiredService<SignInDirectory>();
        var normalizer = services.GetRequiredService<Microsoft.AspNetCore.Identity.ILookupNormalizer>();
        var tenant = services.GetRequiredService<ICurrentTenant>();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var clock = services.GetRequiredService<TimeProvider>();
        var entry = await directory.FindAsync(normalizer.NormalizeName(http.User.Identity!.Name!), cancellationToken)
                    ?? throw new BusinessException("platform.unauthenticated", 401);
        var today = clock.Today();
        var counts = new List<CountyCountDto>();
        foreach (var membership in entry.Memberships.Where(m => m.IsUsable && m.Unit is not null))
        {
            using var _ = tenant.Change(membership.TenantId);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
            var open = await db.OpenItemCounts.Where(c => c.UnitId == membership.Unit!.Id)
                .GroupBy(c => 1).Select(g => new { All = g.Sum(c => c.Count), Overdue = g.Sum(c => c.DueOn < today ? c.Count : 0) })
                .SingleOrDefaultAsync(cancellationToken);
            counts.Add(new CountyCountDto(membership.DivisionCode, membership.Name, open?.All ?? 0, open?.Overdue ?? 0));
        }

        return counts;
    }
}
