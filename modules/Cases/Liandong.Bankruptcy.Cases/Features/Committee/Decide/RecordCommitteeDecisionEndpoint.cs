using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Committee.Decide;

internal static class RecordCommitteeDecisionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/committee/decisions", (Guid id, DecisionRequest request, RecordCommitteeDecision handler, CommitteeReader committees, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(async () =>
                {
                    await handler.HandleAsync(id, request, ct);
                    return id;
                }, caseId => committees.GetAsync(caseId, ct), caseId => $"/api/cases/{caseId}/committee"))
            .RequirePermission(CasesPermissions.ManageClaims)
            .Describe("RecordCommitteeDecision", "Record a committee decision or consent", "记录债权人委员会决议");
}
