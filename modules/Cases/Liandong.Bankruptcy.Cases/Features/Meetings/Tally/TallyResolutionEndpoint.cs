using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Tally;

internal static class TallyResolutionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/meetings/{id:guid}/tally", (Guid id, TallyRequest request, TallyResolution handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => meetings.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Meetings)
            .RequiresIfMatch()
            .Describe("TallyResolution", "Tally a resolution's votes", "计票");
}
