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

    public Notification(Guid userId, Guid itemId, string text, DateTimeOffset at)
    {
        UserId = userId;
        ItemId = itemId;
        Text = text;
        At = at;
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid ItemId { get; private set; }

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
