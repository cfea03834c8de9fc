using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// A step a member unit owes (联动事项): on a case (or none), assigned to a unit with a due date from the deadline
/// calculator. Routine items from the county's template go straight to the unit; any other item waits for the
/// leadership group's consent (policy 三(二)). Then assigned → signed for (签收) → in progress → completed, or returned
/// (退回) with a reason and reassigned by the office.
/// </summary>
internal sealed class CoordinationItem : AggregateRoot, ITenantOwned
{
    private CoordinationItem()
    {
    }

    public CoordinationItem(ItemOrigin origin, UnitRef unit, DueRule due, ItemPriority priority, string? sourceKey)
    {
        CaseId = origin.CaseId;
        CaseNumber = origin.CaseNumber;
        Kind = origin.Kind;
        Title = origin.Title;
        Basis = origin.Basis;
        Source = origin.Source;
        RaisedByUnitId = origin.RaisedByUnitId;
        MeetingId = origin.MeetingId;
        Routine = origin.Source is ItemSource.Template or ItemSource.Meeting or ItemSource.Module || origin.Direct; // a meeting's decision or a module's step needs no further consent
        UnitId = unit.Id;
        UnitName = unit.Name;
        DueLength = due.Length;
        DueUnit = due.Unit;
        Priority = priority;
        SourceKey = sourceKey;
        Status = Routine ? ItemStatus.Assigned : ItemStatus.PendingConsent;
    }

    public Guid TenantId { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    /// <summary>The template key (<c>tax.declare_claims</c> …) or <c>adhoc</c>; a module's <c>ItemKindDone</c> names it.</summary>
    public string Kind { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Basis { get; private set; }

    public ItemSource Source { get; private set; }

    /// <summary>The unit that raised it (a court, a firm, a unit, the office); its officers see it too.</summary>
    public Guid? RaisedByUnitId { get; private set; }

    public bool Routine { get; private set; }

    /// <summary>The coordination meeting whose memo decided the item (or none).</summary>
    public Guid? MeetingId { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public ItemPriority Priority { get; private set; }

    /// <summary>What made it, for idempotency: a template item is made once per (trigger, template key, case).</summary>
    public string? SourceKey { get; private set; }

    public int DueLength { get; private set; }

    public PeriodUnit DueUnit { get; private set; }

    /// <summary>The date the due rule counts from: the event's date, or the day the item reached the unit.</summary>
    public DateOnly? StartsOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool DueProvisional { get; private set; }

    /// <summary>A due date a ruling set (the court's claim deadline for the tax bureau's declaration): it replaces the due rule, and a calendar change leaves it.</summary>
    public DateOnly? DueSetOn { get; private set; }

    public ItemStatus Status { get; private set; }

    /// <summary>Stored for the inbox's partial index: assigned, signed for or in progress (the unit's work).</summary>
    public bool IsOpen { get; private set; }

    /// <summary>When the sweep next has something to send for it (a reminder, then the overdue notice); null when nothing.</summary>
    public DateOnly? NextReminderOn { get; private set; }

    public NoticeKind? NextNotice { get; private set; }

    public string? Result { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? ReturnReason { get; private set; }

    public List<ItemStep> History { get; private set; } = [];

    public List<ItemComment> Comments { get; private set; } = [];

    public List<ItemAttachment> Attachments { get; private set; } = [];

    private readonly List<CounterDelta> _counterDeltas = [];

    /// <summary>What the changes since the last save add to the units' day counters; the DbContext writes them with the save.</summary>
    public IReadOnlyList<CounterDelta> TakeCounterDeltas()
    {
        var taken = _counterDeltas.ToList();
        _counterDeltas.Clear();
        return taken;
    }

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    /// <summary>A routine item reaches its unit at once; the due rule counts from <paramref name="startsOn"/>.</summary>
    public void Start(DateOnly startsOn, WorkingCalendar calendar, int reminderDays, Guid? by, DateTimeOffset at)
    {
        Record(ItemAction.Raised, null, Status, by, at, null);
        if (Status == ItemStatus.Assigned)
        {
            Assign(startsOn, calendar, reminderDays);
        }
    }

    /// <summary>The leadership group's decision on a non-routine item: consented → assigned, counting from <paramref name="on"/>.</summary>
    public ItemOutcome Decide(bool consented, string? note, DateOnly on, WorkingCalendar calendar, int reminderDays, Guid? by, DateTimeOffset at)
    {
        if (Status != ItemStatus.PendingConsent)
        {
            return ItemOutcome.NotAllowed;
        }

        Move(consented ? ItemAction.Consented : ItemAction.Declined, consented ? ItemStatus.Assigned : ItemStatus.Declined, by, at, note);
        if (consented)
        {
            Assign(on, calendar, reminderDays);
        }

        return ItemOutcome.Done;
    }

    public ItemOutcome SignFor(Guid? by, DateTimeOffset at) =>
        Status == ItemStatus.Assigned ? Moved(ItemAction.SignedFor, ItemStatus.SignedFor, by, at, null) : ItemOutcome.NotAllowed;

    public ItemOutcome BeginWork(Guid? by, DateTimeOffset at) =>
        Status == ItemStatus.SignedFor ? Moved(ItemAction.Started, ItemStatus.InProgress, by, at, null) : ItemOutcome.NotAllowed;

    /// <summary>Completes the item; its handling time counts in working days on <paramref name="calendar"/> from the day it started counting.</summary>
    public ItemOutcome Complete(string result, DateOnly on, WorkingCalendar calendar, Guid? by, DateTimeOffset at)
    {
        if (Status is not (ItemStatus.SignedFor or ItemStatus.InProgress))
        {
            return ItemOutcome.NotAllowed;
        }

        (Result, CompletedOn) = (result, on);
        var handling = StartsOn is { } start ? DeadlineCalculator.WorkingDaysBetween(start, on, calendar) : 0;
        _counterDeltas.Add(new CounterDelta(UnitId, UnitName, on, Completed: 1, OnTime: on <= DueOn ? 1 : 0, HandlingDays: handling));
        return Moved(ItemAction.Completed, ItemStatus.Completed, by, at, result);
    }

    public ItemOutcome Return(string reason, Guid? by, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return ItemOutcome.NotAllowed;
        }

        ReturnReason = reason;
        _counterDeltas.Add(new CounterDelta(UnitId, UnitName, BusinessClock.DateOf(at), Returned: 1));
        return Moved(ItemAction.Returned, ItemStatus.Returned, by, at, reason);
    }

    /// <summary>The office gives an open or returned item to another unit; the due date stays, the reminders start over for the new unit.</summary>
    public ItemOutcome Reassign(UnitRef unit, WorkingCalendar calendar, int reminderDays, Guid? by, DateTimeOffset at)
    {
        if (!IsOpen && Status != ItemStatus.Returned)
        {
            return ItemOutcome.NotAllowed;
        }

        (UnitId, UnitName, ReturnReason) = (unit.Id, unit.Name, null);
        _counterDeltas.Add(new CounterDelta(UnitId, UnitName, BusinessClock.DateOf(at), Assigned: 1));
        Moved(ItemAction.Reassigned, ItemStatus.Assigned, by, at, unit.Name);
        ScheduleReminders(calendar, reminderDays);
        return ItemOutcome.Done;
    }

    /// <summary>
    /// Makes the item due on a date a ruling set (<see cref="DueSetOn"/>), the reminders scheduled afresh; a closed item
    /// keeps its date. True when anything changed.
    /// </summary>
    public bool DueAt(DateOnly due, WorkingCalendar calendar, int reminderDays)
    {
        if (!IsOpen || (DueSetOn == due && DueOn == due))
        {
            return false;
        }

        (DueSetOn, DueOn, DueProvisional) = (due, due, false);
        ScheduleReminders(calendar, reminderDays);
        Touch();
        return true;
    }

    /// <summary>Recomputes the due date (and the reminders) over a changed calendar; true when anything moved.</summary>
    public bool Recompute(WorkingCalendar calendar, int reminderDays)
    {
        if (!IsOpen || StartsOn is not { } start || DueSetOn is not null)
        {
            return false;
        }

        var due = DeadlineCalculator.Compute(start, new Period(DueLength, DueUnit), calendar);
        if (due.Date == DueOn && due.Provisional == DueProvisional)
        {
            return false;
        }

        var moved = due.Date != DueOn;
        (DueOn, DueProvisional) = (due.Date, due.Provisional);
        if (moved)
        {
            ScheduleReminders(calendar, reminderDays); // notices are keyed by due date: a moved date is noticed afresh
        }

        Touch();
        return true;
    }

    /// <summary>
    /// After the sweep sent <paramref name="sent"/>: the overdue notice follows a reminder; nothing follows the overdue
    /// notice. An overdue notice counts the item as gone overdue on the day after its due date, unless
    /// <paramref name="counted"/> is false (it was sent, and counted, before).
    /// </summary>
    public void NoticeSent(NoticeKind sent, bool counted = true)
    {
        if (sent == NoticeKind.Overdue && counted && DueOn is { } dueOn)
        {
            _counterDeltas.Add(new CounterDelta(UnitId, UnitName, dueOn.AddDays(1), Overdue: 1));
        }

        (NextReminderOn, NextNotice) = sent == NoticeKind.Reminder && DueOn is { } due
            ? (due.AddDays(1), NoticeKind.Overdue)
            : ((DateOnly?)null, (NoticeKind?)null);
        Touch();
    }

    public ItemComment AddComment(string text, Guid? by, string? byName, DateTimeOffset at)
    {
        var comment = new ItemComment(text, by, byName, at);
        Comments.Add(comment);
        Touch();
        return comment;
    }

    public void AddAttachment(ItemAttachment attachment)
    {
        Attachments.Add(attachment);
        Touch();
    }

    private void Assign(DateOnly startsOn, WorkingCalendar calendar, int reminderDays)
    {
        StartsOn = startsOn;
        _counterDeltas.Add(new CounterDelta(UnitId, UnitName, startsOn, Assigned: 1));
        var due = DueSetOn is { } set ? new Deadline(set, false) : DeadlineCalculator.Compute(startsOn, new Period(DueLength, DueUnit), calendar);
        (DueOn, DueProvisional) = (due.Date, due.Provisional);
        ScheduleReminders(calendar, reminderDays);
    }

    /// <summary>A reminder <paramref name="reminderDays"/> working days before the due date, or the overdue notice the day after it.</summary>
    private void ScheduleReminders(WorkingCalendar calendar, int reminderDays)
    {
        if (!IsOpen || DueOn is not { } due)
        {
            (NextReminderOn, NextNotice) = (null, null);
            return;
        }
        (NextReminderOn, NextNotice) = (DeadlineCalculator.WorkingDaysBefore(due, reminderDays, calendar), NoticeKind.Reminder);
    }

    private ItemOutcome Moved(ItemAction action, ItemStatus to, Guid? by, DateTimeOffset at, string? note)
    {
        Move(action, to, by, at, note);
        return ItemOutcome.Done;
    }

    private void Move(ItemAction action, ItemStatus to, Guid? by, DateTimeOffset at, string? note)
    {
        var from = Status;
        Status = to;
        Record(action, from, to, by, at, note);
        if (!IsOpen)
        {
            (NextReminderOn, NextNotice) = (null, null);
        }
    }

    /// <summary>Adds the step to the history and keeps <see cref="IsOpen"/> in step with the status it leads to.</summary>
    private void Record(ItemAction action, ItemStatus? from, ItemStatus to, Guid? by, DateTimeOffset at, string? note)
    {
        IsOpen = to is ItemStatus.Assigned or ItemStatus.SignedFor or ItemStatus.InProgress;
        History.Add(new ItemStep(History.Count + 1, action, from, to, by, at, note));
        Touch();
    }
}
