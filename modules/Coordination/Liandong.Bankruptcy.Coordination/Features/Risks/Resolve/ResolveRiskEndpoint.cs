using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Resolve;

internal static class ResolveRiskEndpoint
{
    public static void Map(IEndpointRouteBuilder risks) =>
        risks.MapPost("/{id:guid}/resolve", (Guid id, DateRequest request, ResolveRisk handler, RiskReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.ManageRisks)
            .RequiresIfMatch()
            .Describe("ResolveRisk", "Mark a major risk resolved", "重大风险化解销号");
}
