using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Review;

internal static class ReviewClaimEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/claims/{id:guid}/review", (Guid id, ReviewRequest request, ReviewClaim handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => claims.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("ReviewClaim", "The administrator's review of a claim", "管理人审查债权");
}
