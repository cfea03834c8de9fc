using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Return;

internal static class ReturnItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/return", (Guid id, ReturnRequest request, ReturnItem handler, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Work)
            .RequiresIfMatch()
            .Describe("ReturnItem", "Return an item of the user's unit with the reason", "退回本单位事项（说明理由）");
}
