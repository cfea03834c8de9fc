using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// A leadership-group meeting (half-yearly, circulating the state of the work, policy 三(二)) or a special coordination
/// meeting (专题协调会) on key cases, problems or hidden risks (三(三)), raised by a unit through the office. Its memo
/// (会议备忘) records the decided items, each a coordination item with a unit and a due date; the units report results
/// (complete the items), the office sends them up for the group's review (呈送领导小组审阅) and circulates them to every
/// member unit (三(四)).
/// </summary>
internal sealed class CoordinationMeeting : AggregateRoot, ITenantOwned
{
    private CoordinationMeeting()
    {
    }

    public CoordinationMeeting(MeetingKind kind, string topic, DateOnly heldOn, UnitRef? raisedBy)
    {
        Kind = kind;
        Topic = topic;
        HeldOn = heldOn;
        RaisedByUnitId = raisedBy?.Id;
        RaisedByUnitName = raisedBy?.Name;
    }

    public Guid TenantId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public string Topic { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>The unit that asked the office for the meeting, if any.</summary>
    public Guid? RaisedByUnitId { get; private set; }

    public string? RaisedByUnitName { get; private set; }

    public List<MeetingAttendee> Attendees { get; private set; } = [];

    public List<MeetingCase> Cases { get; private set; } = [];

    /// <summary>The memo's summary (会议备忘), once recorded.</summary>
    public string? Memo { get; private set; }

    public DateOnly? MemoOn { get; private set; }

    /// <summary>The memo's number in the county's memos of its year: its 文号 reads 〔year〕number号 (GB/T 9704).</summary>
    public int? MemoYear { get; private set; }

    public int? MemoNumber { get; private set; }

    /// <summary>The memo's 文号: the office's code (机关代字), the year in 〔〕 and the number, as 府院联纪〔2026〕3号.</summary>
    public string? DocumentNumber(string code) => MemoNumber is { } n ? $"{code}〔{MemoYear}〕{n}号" : null;

    public List<MemoDecision> Decisions { get; private set; } = [];

    /// <summary>When the results went up for the leadership group's review.</summary>
    public DateOnly? SentUpOn { get; private set; }

    /// <summary>When the results were circulated to every member unit (通报).</summary>
    public DateOnly? CirculatedOn { get; private set; }

    public MeetingStatus Status =>
        CirculatedOn is not null ? MeetingStatus.Circulated
        : SentUpOn is not null ? MeetingStatus.SentUp
        : Memo is not null ? MeetingStatus.MemoRecorded
        : MeetingStatus.Scheduled;

    public void Attend(IEnumerable<UnitRef> units, IEnumerable<(Guid Id, string Number)> cases)
    {
        Attendees = [.. units.DistinctBy(u => u.Id).Select(u => new MeetingAttendee(u.Id, u.Name))];
        Cases = [.. cases.DistinctBy(c => c.Id).Select(c => new MeetingCase(c.Id, c.Number))];
        Touch();
    }

    /// <summary>
    /// Records the memo with its decided items (once, and not before the meeting was held: its items count from the
    /// day it is recorded); the caller makes an item of each decision.
    /// </summary>
    public MeetingOutcome RecordMemo(string memo, DateOnly on, int number, IReadOnlyList<(string Text, UnitRef Unit, DueRule Due, Guid? CaseId)> decisions)
    {
        if (Memo is not null)
        {
            return MeetingOutcome.NotAllowed;
        }

        if (on < HeldOn)
        {
            return MeetingOutcome.NotHeldYet;
        }

        (Memo, MemoOn, MemoYear, MemoNumber) = (memo, on, on.Year, number);
        Decisions = [.. decisions.Select((d, i) => new MemoDecision(i + 1, d.Text, d.Unit, d.Due, d.CaseId))];
        Touch();
        return MeetingOutcome.Done;
    }

    public MeetingOutcome SendUp(DateOnly on)
    {
        if (Memo is null || SentUpOn is not null || on < MemoOn)
        {
            return MeetingOutcome.NotAllowed;
        }

        SentUpOn = on;
        Touch();
        return MeetingOutcome.Done;
    }

    public MeetingOutcome Circulate(DateOnly on)
    {
        if (SentUpOn is null || CirculatedOn is not null || on < SentUpOn)
        {
            return MeetingOutcome.NotAllowed;
        }

        CirculatedOn = on;
        Touch();
        return MeetingOutcome.Done;
    }
}

internal sealed class MeetingAttendee : Entity, ITenantOwned
{
    private MeetingAttendee()
    {
    }

    public MeetingAttendee(Guid unitId, string unitName) => (UnitId, UnitName) = (unitId, unitName);

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";
}

internal sealed class MeetingCase : Entity, ITenantOwned
{
    private MeetingCase()
    {
    }

    public MeetingCase(Guid caseId, string caseNumber) => (CaseId, CaseNumber) = (caseId, caseNumber);

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";
}

/// <summary>An item the memo decided: its text, unit and due rule, and the coordination item that tracks it.</summary>
internal sealed class MemoDecision : Entity, ITenantOwned
{
    private MemoDecision()
    {
    }

    public MemoDecision(int number, string text, UnitRef unit, DueRule due, Guid? caseId)
    {
        Number = number;
        Text = text;
        UnitId = unit.Id;
        UnitName = unit.Name;
        DueLength = due.Length;
        DueUnit = due.Unit;
        CaseId = caseId;
    }

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public int DueLength { get; private set; }

    public PeriodUnit DueUnit { get; private set; }

    public Guid? CaseId { get; private set; }

    public Guid? ItemId { get; set; }

    public static string SourceKey(Guid meetingId, int number) => $"meeting:{meetingId:N}:{number}";
}

public enum MeetingKind
{
    LeadershipGroup, // 领导小组会议 (half-yearly)
    Special,         // 专题协调会
}

public enum MeetingStatus
{
    Scheduled,
    MemoRecorded,
    SentUp,
    Circulated,
}

public enum MeetingOutcome
{
    Done,
    [Refusal(409, "coordination.meeting_step_not_allowed")]
    NotAllowed,
    [Refusal(422, "coordination.meeting_not_held_yet")]
    NotHeldYet,
}
