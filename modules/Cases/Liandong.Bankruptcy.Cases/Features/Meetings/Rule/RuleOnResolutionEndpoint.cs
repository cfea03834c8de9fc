using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Rule;

internal static class RuleOnResolutionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/meetings/{id:guid}/ruling", (Guid id, MeetingRulingRequest request, RuleOnResolution handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => meetings.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("RuleOnResolution", "The court rules on what the meeting did not adopt", "法院裁定（未通过事项）");
}
