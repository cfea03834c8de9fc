using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Get;

internal static class GetMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{id:guid}", async (Guid id, MeetingReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Meetings)
            .Describe("GetCoordinationMeeting", "One coordination meeting with its memo", "协调会议及会议纪要");
}
