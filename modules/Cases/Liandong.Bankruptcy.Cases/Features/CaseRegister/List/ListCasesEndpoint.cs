using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister.List;

internal static class ListCasesEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/", async (PageRequest page, [AsParameters] CaseFilter filter, CaseList list, CancellationToken ct) =>
                ApiJson.Ok(await list.ListAsync(page, filter, ct), CasesJson.Default.ListResponseCaseSummary))
            .RequirePermission(CasesPermissions.View)
            .Describe("ListCases", "The county's cases, filtered", "破产案件列表");
}
