using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>An item as its GET, and every write on it, answer: with its history, comments and attachments.</summary>
internal sealed record ItemDto(
    Guid Id, Guid? CaseId, string? CaseNumber, string? DebtorName, string? DebtorUscc, string Kind, string Title, string? Basis, ItemSource Source, bool Routine, Guid UnitId, string UnitName,
    ItemPriority Priority, ItemStatus Status, DateOnly? StartsOn, DateOnly? DueOn, bool DueProvisional, bool Overdue, string? Result, DateOnly? CompletedOn,
    string? ReturnReason, IReadOnlyList<ItemStepDto> History, IReadOnlyList<CommentDto> Comments, IReadOnlyList<AttachmentDto> Attachments, uint Version)
    : IVersioned
{
    public static ItemDto From(CoordinationItem i, DateOnly today, ItemContext context) => new(
        i.Id, i.CaseId, i.CaseNumber, context.DebtorName, context.DebtorUscc, i.Kind, i.Title, i.Basis, i.Source, i.Routine, i.UnitId, i.UnitName, i.Priority, i.Status, i.StartsOn, i.DueOn,
        i.DueProvisional, i.IsOverdue(today), i.Result, i.CompletedOn, i.ReturnReason,
        [.. i.History.OrderBy(h => h.Position).Select(h => new ItemStepDto(h.Position, h.Action, h.FromStatus, h.ToStatus, h.By, context.Actor(h.By), h.At, h.Note))],
        [.. i.Comments.OrderBy(c => c.At).Select(CommentDto.From)],
        [.. i.Attachments.OrderBy(a => a.At).Select(AttachmentDto.From)], i.Version);
}

/// <summary>A step of the item's history: what changed, who did it (<c>ByName</c>: the user and their unit), when, and why.</summary>
internal sealed record ItemStepDto(int Position, ItemAction Action, ItemStatus? FromStatus, ItemStatus ToStatus, Guid? By, string? ByName, DateTimeOffset At, string? Note);

internal sealed record CommentDto(Guid Id, string Text, string? ByName, DateTimeOffset At)
{
    public static CommentDto From(ItemComment c) => new(c.Id, c.Text, c.ByName, c.At);
}

internal sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset At)
{
    public static AttachmentDto From(ItemAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.At);
}
