using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.Record;

internal static class RecordAssessmentEndpoint
{
    public static void Map(IEndpointRouteBuilder assessment) =>
        assessment.MapPost("/records", async (RecordRequest request, RecordAssessment handler, CancellationToken ct) =>
            {
                var record = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/coordination/assessment?from={record.From:yyyy-MM-dd}&to={record.To:yyyy-MM-dd}", record);
            })
            .RequirePermission(CoordinationPermissions.RecordAssessment)
            .WithIdempotency()
            .Describe("RecordAssessment", "Record a commendation or accountability", "记录表扬或问责");
}
