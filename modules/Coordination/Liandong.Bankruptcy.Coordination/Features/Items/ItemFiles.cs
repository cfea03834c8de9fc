using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>A file a user hands in with an item: its name as sent and its content, read once.</summary>
internal sealed record FileUpload(string FileName, Stream Content);

/// <summary>
/// Files on items: at most <see cref="MaxMegabytes"/> MB, a PDF, PNG, JPEG, Word or Excel file by its content (the name's
/// extension only tells Word from Excel). Attaching adds the file to the item and its content to the save under way.
/// </summary>
internal static class ItemFiles
{
    public const int MaxMegabytes = 10;

    public static async Task<ItemAttachment> AttachAsync(
        this CoordinationDbContext db, CoordinationItem item, FileUpload file, Guid? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var limit = MaxMegabytes * 1024 * 1024;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.Content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw BusinessException.Rule("coordination.attachment_too_large", MaxMegabytes);
            }

            buffer.Write(chunk, 0, read);
        }

        var data = buffer.ToArray();
        var name = Path.GetFileName(file.FileName.Trim());
        var type = ContentTypeOf(data, name) ?? throw BusinessException.Rule("coordination.attachment_type");
        var attachment = new ItemAttachment(name.Length is > 0 and <= 200 ? name : "attachment", type, data.Length, by, at);
        item.AddAttachment(attachment);
        db.AttachmentContents.Add(new AttachmentContent(attachment.Id, data));
        return attachment;
    }

    /// <summary>What a file is, by its first bytes.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> data, string fileName)
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
