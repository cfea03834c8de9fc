using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Claims.VotingAmount;

internal static class SetClaimVotingAmountEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/claims/{id:guid}/voting-amount", (Guid id, VotingAmountRequest request, SetClaimVotingAmount handler, ClaimReader claims, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => claims.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ConfirmClaims).RequiresIfMatch()
            .Describe("SetClaimVotingAmount", "The court sets a disputed claim's voting amount", "法院临时确定表决额");
}
