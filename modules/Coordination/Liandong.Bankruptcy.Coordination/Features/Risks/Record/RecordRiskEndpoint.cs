using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Record;

internal static class RecordRiskEndpoint
{
    public static void Map(IEndpointRouteBuilder risks) =>
        risks.MapPost("", (RiskRequest request, RecordRisk handler, RiskReader reader, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(request, ct), id => reader.GetAsync(id, ct), id => $"/api/coordination/risks/{id}"))
            .RequirePermission(CoordinationPermissions.ManageRisks)
            .WithIdempotency<RiskMatter>()
            .Describe("RecordRisk", "Record a major risk", "登记重大风险");
}
