using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// What Coordination keeps of a case from Cases' events, so the inbox can filter and sort by case fields without
/// reading another module's tables (architecture.md, rule 3).
/// </summary>
internal sealed class CaseProjection : Entity, ITenantOwned
{
    private CaseProjection()
    {
    }

    public CaseProjection(Guid caseId, string caseNumber)
    {
        CaseId = caseId;
        CaseNumber = caseNumber;
    }

    public Guid CaseId { get; private set; }

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? Procedure { get; set; }

    public string? State { get; set; }

    public DateOnly? AcceptedOn { get; set; }
}

/// <summary>A notice the sweep sent, once per (item, kind, due date, unit): the record that keeps it from going twice.</summary>
internal sealed class SentNotice : Entity, ITenantOwned
{
    private SentNotice()
    {
    }

    public SentNotice(Guid itemId, NoticeKind kind, DateOnly dueOn, Guid unitId, DateTimeOffset at)
    {
        ItemId = itemId;
        Kind = kind;
        DueOn = dueOn;
        UnitId = unitId;
        At = at;
    }

    public Guid TenantId { get; private set; }

    public Guid ItemId { get; private set; }

    public NoticeKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Guid UnitId { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>An in-app notification to one user (a reminder, an overdue notice, an item reaching the unit).</summary>
internal sealed class Notification : Entity, ITenantOwned
{
    private Notification()
    {
    }

    public Notification(Guid userId, Guid? itemId, string text, DateTimeOffset at, string? link = null)
    {
        UserId = userId;
        ItemId = itemId;
        Text = text;
        At = at;
        Link = link ?? (itemId is { } id ? $"/coordination/items/{id}" : throw new ArgumentNullException(nameof(link), "A notification about no item needs a link"));
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The item it is about, or null (a circulated memo).</summary>
    public Guid? ItemId { get; private set; }

    /// <summary>Where it leads: the item's page, or the meeting's.</summary>
    public string Link { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A county's coordination settings: how many working days before the due date a unit is reminded.</summary>
internal sealed class CoordinationSettings : AggregateRoot, ITenantOwned
{
    public const int DefaultReminderDays = 2;

    public Guid TenantId { get; private set; }

    public int ReminderDays { get; private set; } = DefaultReminderDays;

    public void Update(int reminderDays)
    {
        ReminderDays = reminderDays;
        Touch();
    }
}

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
