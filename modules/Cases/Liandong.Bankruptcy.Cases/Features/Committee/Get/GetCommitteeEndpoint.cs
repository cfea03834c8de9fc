using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Committee.Get;

internal static class GetCommitteeEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}/committee", async (Guid id, CommitteeReader committees, HttpContext http, CancellationToken ct) => http.Represent(await committees.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Claims)
            .Describe("GetCommittee", "The creditors' committee of a case", "债权人委员会");
}
