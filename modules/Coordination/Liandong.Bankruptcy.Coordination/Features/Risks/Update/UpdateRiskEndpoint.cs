using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Update;

internal static class UpdateRiskEndpoint
{
    public static void Map(IEndpointRouteBuilder risks) =>
        risks.MapPut("/{id:guid}", (Guid id, RiskRequest request, UpdateRisk handler, RiskReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.ManageRisks)
            .RequiresIfMatch()
            .Describe("UpdateRisk", "Update a major risk", "更新重大风险");
}
