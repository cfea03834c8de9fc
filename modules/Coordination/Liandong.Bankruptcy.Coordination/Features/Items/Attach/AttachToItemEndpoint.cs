using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Attach;

internal static class AttachToItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/attachments", async (Guid id, HttpRequest request, AttachToItem handler, CancellationToken ct) =>
            {
                if (!await handler.ExistsAsync(id, ct))
                {
                    throw BusinessException.NotFound(); // before reading the body
                }

                if ((await Uploads.ReadFormAsync(request, ct))?.Files.GetFile("file") is not { } file)
                {
                    var errors = new ValidationErrors();
                    errors.Add("file", "validation.required");
                    throw new ValidationException(errors);
                }

                await using var stream = file.OpenReadStream();
                var attachment = await handler.HandleAsync(id, new FileUpload(file.FileName, stream), ct);
                return TypedResults.Created($"/api/coordination/items/{id}/attachments/{attachment.Id}", attachment);
            })
            .RequirePermission(CoordinationPermissions.Work)
            .DisableAntiforgery()
            .AcceptsUpload()
            .Describe("AttachToItem", "Attach a file (field `file`; at most 10 MB; PDF, PNG, JPEG, .docx or .xlsx by content) to an item of the user's unit",
                "为本单位事项上传附件（字段 file；不超过 10 MB；PDF、PNG、JPEG、Word、Excel）");
}
