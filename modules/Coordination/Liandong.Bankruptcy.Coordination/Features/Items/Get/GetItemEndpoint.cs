using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Get;

internal static class GetItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/items/{id:guid}", async (Guid id, ItemReader items, HttpContext http, CancellationToken ct) =>
                http.Represent(await items.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("GetItem", "One item with its history, comments and attachments", "联动事项详情：办理经过、留言与附件");
}
