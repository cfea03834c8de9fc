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
