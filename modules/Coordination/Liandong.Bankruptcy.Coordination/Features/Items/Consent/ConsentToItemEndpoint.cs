using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Consent;

internal static class ConsentToItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/consent", (Guid id, ConsentRequest request, ConsentToItem consent, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => consent.HandleAsync(id, version, request, ct), () => items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Consent)
            .RequiresIfMatch()
            .Describe("ConsentToItem", "The leadership group consents to a raised item, or refuses it", "领导小组同意或不同意提出的事项");
}
