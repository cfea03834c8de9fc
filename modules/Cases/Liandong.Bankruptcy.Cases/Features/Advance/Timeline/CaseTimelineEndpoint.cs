using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Timeline;

internal static class CaseTimelineEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}/timeline", async (Guid id, CaseTimeline timeline, CancellationToken ct) => TypedResults.Ok(await timeline.ReadAsync(id, ct)))
            .RequirePermission(CasesPermissions.View)
            .Describe("GetCaseTimeline", "The case's timeline", "办理经过");
}
