using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Declare;

internal static class DeclareClaimEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/claims", (Guid id, DeclareClaimRequest request, DeclareClaim handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(id, request.ToDeclaration(), null, ct), claimId => claims.GetAsync(claimId, ct), _ => $"/api/cases/{id}/claims"))
            .RequirePermission(CasesPermissions.ManageClaims)
            .WithIdempotency<Claim>()
            .Describe("DeclareClaim", "Declare a claim", "申报债权");
}
