using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Memo;

internal static class DownloadMemoEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{id:guid}/memo.docx", async (Guid id, MeetingReader reader, TimeProvider clock, CancellationToken ct) =>
            {
                var dto = await reader.GetAsync(id, ct);
                return Documents.DocxResult($"{dto.Topic}会议备忘", MemoDocument.Blocks(dto, clock.Today()), $"memo-{dto.HeldOn:yyyyMMdd}.docx");
            })
            .RequirePermission(CoordinationPermissions.Meetings)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .Describe("DownloadMemo", "The memo as a Word document", "下载会议纪要（Word）");
}
