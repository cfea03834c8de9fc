using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Register;

internal static class ClaimsRegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}/claims", async (Guid id, ClaimsRegister register, CancellationToken ct) => TypedResults.Ok(await register.ReadAsync(id, ct)))
            .RequirePermission(CasesPermissions.Claims)
            .Describe("GetClaimsRegister", "The case's claims register with its totals", "债权表及合计");
}
