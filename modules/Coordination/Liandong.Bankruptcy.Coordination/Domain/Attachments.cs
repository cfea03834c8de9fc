using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// A file attached to an item (a completion's proof, a letter): its name, checked content type and size; the bytes
/// live in <see cref="AttachmentContent"/>, under the same row-level security, read only when downloaded.
/// </summary>
internal sealed class ItemAttachment : Entity, ITenantOwned
{
    private ItemAttachment()
    {
    }

    public ItemAttachment(string fileName, string contentType, long size, Guid? by, DateTimeOffset at)
    {
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        By = by;
        At = at;
    }

    public Guid TenantId { get; private set; }

    public Guid ItemId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public Guid? By { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>The bytes of an attachment, keyed by its id.</summary>
internal sealed class AttachmentContent : Entity, ITenantOwned
{
    private AttachmentContent()
    {
    }

    public AttachmentContent(Guid attachmentId, byte[] data)
    {
        AttachmentId = attachmentId;
        Data = data;
    }

    public Guid AttachmentId { get; private set; }

    public Guid TenantId { get; private set; }

    public byte[] Data { get; private set; } = [];
}
