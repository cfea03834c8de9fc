using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>An item's thread: comments by anyone who sees the item; attachments by its unit, checked by content and capped in size.</summary>
internal static class ThreadEndpoints
{
    public const int MaxAttachmentMegabytes = 10;

    public static void Map(IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/coordination/items/{id:guid}").WithTags("Coordination");
        items.MapPost("/comments", Comment).RequirePermission(CoordinationPermissions.Items);
        items.MapPost("/attachments", Attach).RequirePermission(CoordinationPermissions.Work).DisableAntiforgery()
            .WithDescription("multipart/form-data with the file in the field `file`; at most 10 MB; PDF, PNG, JPEG, .docx or .xlsx by content.");
        items.MapGet("/attachments/{attachmentId:guid}", Download).RequirePermission(CoordinationPermissions.Items);
    }

    private static async Task<Created<CommentDto>> Comment(
        Guid id, CommentRequest request, CoordinationDbContext db, IAuditContext audit, IMemberDirectory members, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var comment = await CommentAsync(id, request, db, audit, members, clock, cancellationToken);
        return TypedResults.Created($"/api/coordination/items/{id}", new CommentDto(comment.Id, comment.Text, comment.ByName, comment.At));
    }

    /// <summary>Adds a comment to a visible item (the API and the page); no version needed: comments never conflict.</summary>
    internal static async Task<ItemComment> CommentAsync(
        Guid id, CommentRequest request, CoordinationDbContext db, IAuditContext audit, IMemberDirectory members, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        var name = audit.UserId is { } me ? await members.DisplayNameAsync(me, cancellationToken) : null;
        var comment = item.AddComment(request.Text!.Trim(), audit.UserId, name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    private static async Task<Created<AttachmentDto>> Attach(
        Guid id, HttpRequest request, CoordinationDbContext db, IAuditContext audit, Platform.Identity.ICurrentUnit unit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await db.Items.AnyAsync(i => i.Id == id, cancellationToken))
        {
            throw BusinessException.NotFound(); // before reading the body: another county's item is not there at all
        }

        if (!request.HasFormContentType || (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") is not { } file)
        {
            var errors = new ValidationErrors();
            errors.Add("file", "validation.required");
            throw new ValidationException(errors);
        }

        await using var stream = file.OpenReadStream();
        var attachment = await AttachAsync(id, file.FileName, stream, db, audit, unit, clock, cancellationToken);
        return TypedResults.Created($"/api/coordination/items/{id}/attachments/{attachment.Id}",
            new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.At));
    }

    /// <summary>
    /// Stores a file on an item of the user's unit (the API and the page): at most <see cref="MaxAttachmentMegabytes"/> MB,
    /// a PDF, PNG, JPEG, Word or Excel file by its content (the name's extension only tells Word from Excel).
    /// </summary>
    internal static async Task<ItemAttachment> AttachAsync(
        Guid id, string fileName, Stream content, CoordinationDbContext db, IAuditContext audit, Platform.Identity.ICurrentUnit unit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        if (unit.Unit?.Id != item.UnitId)
        {
            throw new BusinessException("coordination.not_your_unit", 403);
        }

        var limit = MaxAttachmentMegabytes * 1024 * 1024;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw BusinessException.Rule("coordination.attachment_too_large", MaxAttachmentMegabytes);
            }

            buffer.Write(chunk, 0, read);
        }

        var data = buffer.ToArray();
        var name = Path.GetFileName(fileName.Trim());
        var type = ContentTypes.Detect(data, name) ?? throw BusinessException.Rule("coordination.attachment_type");
        var attachment = new ItemAttachment(name.Length is > 0 and <= 200 ? name : "attachment", type, data.Length, audit.UserId, clock.GetUtcNow());
        item.AddAttachment(attachment);
        db.AttachmentContents.Add(new AttachmentContent(attachment.Id, data));
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    private static async Task<IResult> Download(Guid id, Guid attachmentId, CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.Items.Where(i => i.Id == id).SelectMany(i => i.Attachments).Where(a => a.Id == attachmentId)
                        .Join(db.AttachmentContents, a => a.Id, c => c.AttachmentId, (a, c) => new { a.FileName, a.ContentType, c.Data })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw BusinessException.NotFound();
        return TypedResults.File(found.Data, found.ContentType, found.FileName);
    }
}

internal sealed record CommentRequest(string? Text) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("text", Text, 2000);
}

/// <summary>What a file is, by its first bytes.</summary>
internal static class ContentTypes
{
    public static string? Detect(ReadOnlySpan<byte> data, string fileName)
    {
        if (data.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (data.StartsWith("PK\u0003\u0004"u8))
        {
            return Path.GetExtension(fileName).ToUpperInvariant() switch
            {
                ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => null,
            };
        }

        return null;
    }
}
