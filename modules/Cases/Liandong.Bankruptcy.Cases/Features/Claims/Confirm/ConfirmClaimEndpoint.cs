using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Confirm;

internal static class ConfirmClaimEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/claims/{id:guid}/confirmation", (Guid id, ConfirmationRequest request, ConfirmClaim handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => claims.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ConfirmClaims).RequiresIfMatch()
            .Describe("ConfirmClaim", "The court confirms a claim", "法院裁定确认债权");
}
