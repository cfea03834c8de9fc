using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Start;

internal static class StartItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/start", (Guid id, StartItem handler, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, ct), () => items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Work)
            .RequiresIfMatch()
            .Describe("StartItem", "Start work on an item of the user's unit", "开始办理事项");
}
