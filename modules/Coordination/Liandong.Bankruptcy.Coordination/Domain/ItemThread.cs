using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>One step of an item's history: who did what, when, with the note (result, reason, new unit).</summary>
internal sealed class ItemStep : Entity, ITenantOwned
{
    private ItemStep()
    {
    }

    public ItemStep(int position, ItemAction action, ItemStatus? from, ItemStatus to, Guid? by, DateTimeOffset at, string? note)
    {
        Position = position;
        Action = action;
        FromStatus = from;
        ToStatus = to;
        By = by;
        At = at;
        Note = note;
    }

    public Guid TenantId { get; private set; }

    public Guid ItemId { get; private set; }

    public int Position { get; private set; }

    public ItemAction Action { get; private set; }

    public ItemStatus? FromStatus { get; private set; }

    public ItemStatus ToStatus { get; private set; }

    public Guid? By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>A comment on an item's thread.</summary>
internal sealed class ItemComment : Entity, ITenantOwned
{
    private ItemComment()
    {
    }

    public ItemComment(string text, Guid? by, string? byName, DateTimeOffset at)
    {
        Text = text;
        By = by;
        ByName = byName;
        At = at;
    }

    public Guid TenantId { get; private set; }

    public Guid ItemId { get; private set; }

    public string Text { get; private set; } = "";

    public Guid? By { get; private set; }

    public string? ByName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
