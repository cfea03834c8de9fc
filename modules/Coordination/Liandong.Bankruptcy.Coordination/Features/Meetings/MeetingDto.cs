using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings;

internal sealed record MeetingSummary(Guid Id, MeetingKind Kind, string Topic, DateOnly HeldOn, bool MemoRecorded, DateOnly? SentUpOn, DateOnly? CirculatedOn, int Decisions);

internal sealed record AttendeeDto(Guid UnitId, string Name);

internal sealed record LinkedCaseDto(Guid CaseId, string Number);

/// <summary>A decided item with what became of it: null status when the item is not visible to the user.</summary>
internal sealed record DecisionDto(
    int Number, string Text, Guid UnitId, string UnitName, Guid? CaseId, Guid? ItemId, ItemStatus? Status, DateOnly? DueOn, DateOnly? CompletedOn, string? Result);

internal sealed record MeetingDto(
    Guid Id, MeetingKind Kind, string Topic, DateOnly HeldOn, string? RaisedBy, MeetingStatus Status, IReadOnlyList<AttendeeDto> Attendees,
    IReadOnlyList<LinkedCaseDto> Cases, string? Memo, DateOnly? MemoOn, string? MemoNumber, IReadOnlyList<DecisionDto> Decisions, DateOnly? SentUpOn, DateOnly? CirculatedOn,
    uint Version) : IVersioned;
