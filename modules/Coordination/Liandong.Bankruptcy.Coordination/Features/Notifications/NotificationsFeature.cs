using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Notifications;

/// <summary>The user's notifications and the officer's counts per county.</summary>
internal static class NotificationsFeature
{
    public static void AddNotifications(this IServiceCollection services) => services.AddScoped<NotificationInbox>();

    /// <summary>Under <c>/coordination</c>.</summary>
    public static void MapNotifications(this IEndpointRouteBuilder coordination)
    {
        coordination.MapGet("/notifications", async (NotificationInbox inbox, CancellationToken ct) => ApiJson.Ok(await inbox.ListAsync(ct), CoordinationJson.Default.NotificationsDto))
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("ListNotifications", "The user's notifications, newest first", "我的通知");
        coordination.MapPost("/notifications/read", async (NotificationInbox inbox, CancellationToken ct) =>
            {
                await inbox.MarkReadAsync(ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("MarkNotificationsRead", "Mark the user's notifications read", "通知全部标为已读");
        coordination.MapGet("/counts", async (HttpContext http, CancellationToken ct) => TypedResults.Ok(await NotificationInbox.CountsAsync(http, ct)))
            .RequirePermission(CoordinationPermissions.Work)
            .Describe("GetInboxCounts", "Open and overdue items per county of the officer", "各县区待办与逾期数");
    }
}
