using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Inbox;

internal static class UnitInboxEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inbox", async (PageRequest page, [AsParameters] InboxFilter filter, UnitInbox inbox, CancellationToken ct) =>
                ApiJson.Ok(await inbox.ListAsync(page, filter, ct), CoordinationJson.Default.ListResponseItemSummary))
            .RequirePermission(CoordinationPermissions.Work)
            .Describe("ListUnitInbox", "The open items of the user's unit, due first", "本单位待办：本单位未办结的联动事项，按期限排序");
}
