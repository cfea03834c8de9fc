using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.SettleObjection;

internal static class SettleClaimObjectionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/claims/{id:guid}/objection", (Guid id, ObjectionOutcomeRequest request, SettleClaimObjection handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => claims.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("SettleClaimObjection", "Record the outcome of an objection", "记录异议处理结果");
}
