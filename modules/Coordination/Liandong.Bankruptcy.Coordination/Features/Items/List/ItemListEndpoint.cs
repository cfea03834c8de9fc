using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.List;

internal static class ItemListEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/items", async (PageRequest page, [AsParameters] ItemFilter filter, ItemList list, CancellationToken ct) =>
                ApiJson.Ok(await list.ListAsync(page, filter, ct), CoordinationJson.Default.ListResponseItemSummary))
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("ListItems", "The items the user may see, open ones by due date or those of one status", "联动事项清单：可见的事项，按状态、单位、案件筛选");
}
