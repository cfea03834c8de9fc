using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.SignFor;

internal static class SignForItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/sign", (Guid id, SignForItem handler, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, ct), () => items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Work)
            .RequiresIfMatch()
            .Describe("SignForItem", "Sign for an item of the user's unit", "签收事项");
}
