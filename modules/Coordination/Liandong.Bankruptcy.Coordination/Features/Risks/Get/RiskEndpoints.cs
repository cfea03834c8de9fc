using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Get;

internal static class RiskEndpoints
{
    public static void MapReads(IEndpointRouteBuilder risks)
    {
        risks.MapGet("", async (bool? resolved, RiskReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(resolved, ct)))
            .RequirePermission(CoordinationPermissions.Risks)
            .Describe("ListRisks", "The major-risk register", "重大风险台账");
        risks.MapGet("/{id:guid}", async (Guid id, RiskReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Risks)
            .Describe("GetRisk", "One major risk", "重大风险详情");
    }
}
