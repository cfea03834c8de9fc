using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.RaiseObjection;

internal static class RaiseClaimObjectionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/claims/{id:guid}/objection", (Guid id, ObjectionRequest request, RaiseClaimObjection handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => claims.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("RaiseClaimObjection", "Record a creditor's objection to a claim", "记录债权异议");
}
