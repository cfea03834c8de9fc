using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Raise;

internal static class RaiseItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items", (RaiseItemRequest request, RaiseItem raise, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => raise.HandleAsync(request, ct), id => items.GetAsync(id, ct), id => $"/api/coordination/items/{id}"))
            .RequirePermission(CoordinationPermissions.Raise)
            .WithIdempotency<CoordinationItem>()
            .Describe("RaiseItem", "Raise an item by hand; it waits for the leadership group's consent", "提出联动事项（非清单事项，待领导小组同意）");
}
