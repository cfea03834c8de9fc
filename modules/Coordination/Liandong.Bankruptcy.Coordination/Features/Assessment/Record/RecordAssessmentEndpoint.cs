using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.Record;

internal static class RecordAssessmentEndpoint
{
    public static void Map(IEndpointRouteBuilder assessment) =>
        assessment.MapPost("/records", (RecordRequest request, RecordAssessment handler, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(request, ct), id => handler.ReadAsync(id, ct),
                    _ => $"/api/coordination/assessment?from={request.From:yyyy-MM-dd}&to={request.To:yyyy-MM-dd}"))
            .RequirePermission(CoordinationPermissions.RecordAssessment)
            .WithIdempotency<AssessmentRecord>()
            .Describe("RecordAssessment", "Record a commendation or accountability", "记录表扬或问责");
}
