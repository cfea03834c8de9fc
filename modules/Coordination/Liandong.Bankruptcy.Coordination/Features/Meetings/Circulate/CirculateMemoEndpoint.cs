using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Circulate;

internal static class CirculateMemoEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{id:guid}/circulate", (Guid id, DateRequest request, CirculateMemo handler, MeetingReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.ManageMeetings)
            .RequiresIfMatch()
            .Describe("CirculateMemo", "Circulate the memo's results to every unit", "通报办理结果");
}
