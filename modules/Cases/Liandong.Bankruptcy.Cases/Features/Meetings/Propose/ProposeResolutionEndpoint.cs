using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Propose;

internal static class ProposeResolutionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/meetings/{id:guid}/resolutions", (Guid id, ResolutionRequest request, ProposeResolution handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => meetings.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Meetings)
            .RequiresIfMatch()
            .Describe("ProposeResolution", "Put a resolution to a meeting", "提交会议表决事项");
}
