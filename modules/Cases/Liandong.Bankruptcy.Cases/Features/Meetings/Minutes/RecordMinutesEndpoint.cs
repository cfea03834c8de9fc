using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Minutes;

internal static class RecordMinutesEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/meetings/{id:guid}/minutes", (Guid id, MinutesRequest request, RecordMinutes handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => meetings.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Meetings)
            .RequiresIfMatch()
            .Describe("RecordMinutes", "Record the meeting's minutes", "记录会议记录");
}
