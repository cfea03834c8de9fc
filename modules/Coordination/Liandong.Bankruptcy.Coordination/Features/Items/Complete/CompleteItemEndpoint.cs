using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Complete;

internal static class CompleteItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/complete", (Guid id, CompleteRequest request, CompleteItem handler, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, null, ct), () => items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Work)
            .RequiresIfMatch()
            .Describe("CompleteItem", "Complete an item of the user's unit with its result", "办结本单位事项（填写办理结果）");
}
