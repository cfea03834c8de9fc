using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Revote;

internal static class RevoteResolutionEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/meetings/{id:guid}/revote", (Guid id, RevoteRequest request, RevoteResolution handler, MeetingReader meetings, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => meetings.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Meetings)
            .RequiresIfMatch()
            .Describe("RevoteResolution", "A second vote by the classes that rejected the plan", "未通过表决组再次表决");
}
