using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Coordination.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.List;

internal static class ListMeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("", async (CoordinationDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenBy(m => m.Id).Take(200)
                    .Select(m => new MeetingSummary(m.Id, m.Kind, m.Topic, m.HeldOn, m.Memo != null, m.SentUpOn, m.CirculatedOn, m.Decisions.Count))
                    .ToListAsync(ct)))
            .RequirePermission(CoordinationPermissions.Meetings)
            .Describe("ListCoordinationMeetings", "Coordination meetings", "协调会议列表");
}
