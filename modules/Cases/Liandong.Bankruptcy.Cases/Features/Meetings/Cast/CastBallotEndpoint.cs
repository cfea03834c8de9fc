using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Cast;

internal static class CastBallotEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/meetings/{id:guid}/ballots", (Guid id, BallotRequest request, CastBallot handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => meetings.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Meetings)
            .RequiresIfMatch()
            .Describe("CastBallot", "Record a creditor's ballot", "记录债权人表决票");
}
