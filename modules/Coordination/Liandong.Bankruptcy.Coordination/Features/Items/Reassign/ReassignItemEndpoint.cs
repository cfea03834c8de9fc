using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Reassign;

internal static class ReassignItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/reassign", (Guid id, ReassignRequest request, ReassignItem handler, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Oversee)
            .RequiresIfMatch()
            .Describe("ReassignItem", "The office reassigns an item to another unit", "领导小组办公室改派事项");
}
