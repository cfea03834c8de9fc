using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Reminders;

/// <summary>
/// A user's in-app notifications (reminders, overdue notices) with the unread count; the open counts of every county
/// an officer works in; the county's reminder setting.
/// </summary>
internal static class NotificationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/coordination").WithTags("Coordination");
        group.MapGet("/notifications", List).RequirePermission(CoordinationPermissions.Items)
            .Describe("ListNotifications", "The user's notifications, newest first", "我的通知");
        group.MapPost("/notifications/read", MarkRead).RequirePermission(CoordinationPermissions.Items)
            .Describe("MarkNotificationsRead", "Mark the user's notifications read", "通知全部标为已读");
        group.MapGet("/counts", Counts).RequirePermission(CoordinationPermissions.Work)
            .Describe("GetInboxCounts", "Open and overdue items per county of the officer", "各县区待办与逾期数");
        group.MapGet("/settings", GetSettings).RequirePermission(CoordinationPermissions.Items)
            .Describe("GetCoordinationSettings", "The county's coordination settings", "联动设置");
        group.MapPut("/settings", UpdateSettings).RequirePermission(CoordinationPermissions.Templates).RequiresIfMatch()
            .Describe("UpdateCoordinationSettings", "Change the county's coordination settings", "修改联动设置");
    }

    /// <summary>The user's notifications, newest first (at most 50), and how many are unread.</summary>
    internal static async Task<NotificationsDto> ListAsync(CoordinationDbContext db, IAuditContext audit, CancellationToken cancellationToken)
    {
        var me = audit.UserId ?? throw new BusinessException("platform.unauthenticated", 401);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await mine.OrderByDescending(n => n.At).Take(50)
            .Select(n => new NotificationDto(n.Id, n.ItemId, n.Link, n.Text, n.At, n.ReadAt != null)).ToListAsync(cancellationToken);
        return new NotificationsDto(unread, items);
    }

    private static async Task<Ok<NotificationsDto>> List(CoordinationDbContext db, IAuditContext audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(db, audit, cancellationToken));

    private static async Task<NoContent> MarkRead(CoordinationDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        await MarkReadAsync(db, audit, clock, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Marks all the user's notifications read (the API and the page).</summary>
    internal static async Task MarkReadAsync(CoordinationDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var me = audit.UserId ?? throw new BusinessException("platform.unauthenticated", 401);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>For each county the user works in with a unit: its open items, and how many are overdue.</summary>
    private static async Task<Ok<List<CountyCountDto>>> Counts(HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CountsAsync(http, cancellationToken));

    /// <summary>The counts of every county the signed-in user works in with a unit (the API and the inbox page).</summary>
    internal static async Task<List<CountyCountDto>> CountsAsync(HttpContext http, CancellationToken cancellationToken)
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
            var open = db.Items.Where(i => i.IsOpen && i.UnitId == membership.Unit!.Id);
            counts.Add(new CountyCountDto(membership.DivisionCode, membership.Name,
                await open.CountAsync(cancellationToken), await open.CountAsync(i => i.DueOn < today, cancellationToken)));
        }

        return counts;
    }

    private static async Task<Ok<SettingsDto>> GetSettings(CoordinationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken) ?? new CoordinationSettings();
        http.SetETag(settings);
        return TypedResults.Ok(new SettingsDto(settings.ReminderDays, settings.Version));
    }

    /// <summary>The reminder lead; the first save sends <c>If-Match: "0"</c> (the defaults' version) and creates the row.</summary>
    private static async Task<Ok<SettingsDto>> UpdateSettings(SettingsRequest request, CoordinationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = db.ExpectVersionOrAdd(await db.Settings.SingleOrDefaultAsync(cancellationToken), http.RequiredIfMatch(), () => new CoordinationSettings());
        settings.Update(request.ReminderDays!.Value);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(settings);
        return TypedResults.Ok(new SettingsDto(settings.ReminderDays, settings.Version));
    }
}

internal sealed record NotificationDto(Guid Id, Guid? ItemId, string Link, string Text, DateTimeOffset At, bool Read);

internal sealed record NotificationsDto(int Unread, IReadOnlyList<NotificationDto> Items);

internal sealed record CountyCountDto(string DivisionCode, string County, int Open, int Overdue);

internal sealed record SettingsDto(int ReminderDays, uint Version);

internal sealed record SettingsRequest(int? ReminderDays) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (ReminderDays is not (>= 0 and <= 10))
        {
            errors.Add("reminderDays", "validation.range", 0, 10);
        }
    }
}
