using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.SendUp;

internal static class SendUpMemoEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{id:guid}/send-up", (Guid id, DateRequest request, SendUpMemo handler, MeetingReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.ManageMeetings)
            .RequiresIfMatch()
            .Describe("SendUpMemo", "Send the memo's results up", "呈送办理结果");
}
