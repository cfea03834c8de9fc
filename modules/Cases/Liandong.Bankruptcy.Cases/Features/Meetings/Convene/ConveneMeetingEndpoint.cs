using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Convene;

internal static class ConveneMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/meetings", (Guid id, ConveneRequest request, ConveneMeeting handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(id, request, ct), meetingId => meetings.GetAsync(meetingId, ct), _ => $"/api/cases/{id}/meetings"))
            .RequirePermission(CasesPermissions.Meetings)
            .WithIdempotency<CreditorsMeeting>()
            .Describe("ConveneCreditorsMeeting", "Convene a creditors' meeting", "召集债权人会议");
}
