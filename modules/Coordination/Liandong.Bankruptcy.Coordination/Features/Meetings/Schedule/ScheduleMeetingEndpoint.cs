using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Schedule;

internal static class ScheduleMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("", (ScheduleMeetingRequest request, ScheduleMeeting handler, MeetingReader reader, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(request, ct), id => reader.GetAsync(id, ct), id => $"/api/coordination/meetings/{id}"))
            .RequirePermission(CoordinationPermissions.ManageMeetings)
            .WithIdempotency<CoordinationMeeting>()
            .Describe("ScheduleCoordinationMeeting", "Schedule a coordination meeting", "安排协调会议");
}
