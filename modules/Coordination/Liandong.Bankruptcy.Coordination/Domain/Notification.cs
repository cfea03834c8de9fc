using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

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

/// <summary>
/// What another module reported done on a case (<see cref="ItemKindDone"/>), kept so that an item of that kind made
/// later (its event handled after the report) is completed as it is made: the report is never lost to the order in
/// which messages arrive. One per (case, kind): the first report's date and result.
/// </summary>
internal sealed class DoneKind : Entity, ITenantOwned
{
    private DoneKind()
    {
    }

    public DoneKind(Guid caseId, string kind, DateOnly on, string result) => (CaseId, Kind, On, Result) = (caseId, kind, on, result);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public string Kind { get; private set; } = "";

    public DateOnly On { get; private set; }

    public string Result { get; private set; } = "";
}
