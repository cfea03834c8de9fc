using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.RecordMemo;

internal static class RecordMemoEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPut("/{id:guid}/memo", (Guid id, MemoRequest request, RecordMemo handler, MeetingReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.ManageMeetings)
            .RequiresIfMatch()
            .Describe("RecordMemo", "Record the memo; each decided item reaches its unit", "记录会议纪要（议定事项分派到单位）");
}
