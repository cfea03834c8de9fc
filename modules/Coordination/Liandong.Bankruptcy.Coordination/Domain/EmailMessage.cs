using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// An e-mail to a unit's notice address, written in the same transaction as the notice it carries and sent by
/// <c>EmailSender</c> when SMTP is configured: at least once (a crash between the send and its record sends it again).
/// </summary>
internal sealed class EmailMessage : Entity, ITenantOwned
{
    private EmailMessage()
    {
    }

    public EmailMessage(Guid itemId, string to, string subject, string body)
    {
        ItemId = itemId;
        To = to;
        Subject = subject;
        Body = body;
    }

    public Guid TenantId { get; private set; }

    public Guid ItemId { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public void Sent(DateTimeOffset at) => (SentAt, Attempts) = (at, Attempts + 1);

    public void Failed(string error) => (Attempts, LastError) = (Attempts + 1, error.Length > 300 ? error[..300] : error);
}
