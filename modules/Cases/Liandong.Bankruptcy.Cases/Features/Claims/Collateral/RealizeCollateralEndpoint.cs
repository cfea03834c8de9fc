using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Collateral;

internal static class RealizeCollateralEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/claims/{id:guid}/collateral-realization", (Guid id, CollateralRealizationRequest request, RealizeCollateral handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => claims.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("RealizeClaimCollateral", "Record what a secured claim's collateral realized (its shortfall becomes ordinary)", "记录担保财产变价所得（不足部分转为普通债权）");
}
