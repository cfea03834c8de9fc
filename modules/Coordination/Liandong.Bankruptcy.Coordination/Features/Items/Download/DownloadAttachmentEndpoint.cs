using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Download;

internal static class DownloadAttachmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/items/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, CoordinationDbContext db, CancellationToken ct) =>
            {
                var found = await db.Items.Where(i => i.Id == id).SelectMany(i => i.Attachments).Where(a => a.Id == attachmentId)
                                .Join(db.AttachmentContents, a => a.Id, c => c.AttachmentId, (a, c) => new { a.FileName, a.ContentType, c.Data })
                                .SingleOrDefaultAsync(ct)
                            ?? throw BusinessException.NotFound();
                return TypedResults.File(found.Data, found.ContentType, found.FileName);
            })
            .RequirePermission(CoordinationPermissions.Items)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Describe("DownloadItemAttachment", "Download an attachment of an item", "下载事项附件");
}
