using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Requests.List;

internal static class CourtRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}/requests", async (Guid id, RequestReader requests, CancellationToken ct) => TypedResults.Ok(await requests.ListAsync(id, ct)))
            .RequirePermission(CasesPermissions.Requests)
            .Describe("ListCourtRequests", "The administrator's requests to the court", "管理人请示列表");
}
