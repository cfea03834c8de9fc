using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Memo;

internal static class DownloadMemoEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{id:guid}/memo.docx", async (Guid id, MeetingReader reader, IUnitDirectory units, TimeProvider clock, CancellationToken ct) =>
            {
                var dto = await reader.GetAsync(id, ct);
                var document = MemoDocument.Official(dto, await MemoDocument.OfficeAsync(units, ct), clock.Today());
                return TypedResults.File(OfficialDocuments.Docx(document), Documents.ContentType, $"memo-{dto.HeldOn:yyyyMMdd}.docx");
            })
            .RequirePermission(CoordinationPermissions.Meetings)
            .Produces(StatusCodes.Status200OK, contentType: Documents.ContentType)
            .Describe("DownloadMemo", "The memo as a Word document in the official layout (GB/T 9704)", "下载会议纪要（Word，公文格式）");
}
