using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>The statutory deadlines a ruling starts (domain.md, "Enterprise Bankruptcy Law numbers").</summary>
public enum DeadlineKind
{
    Announcement,             // notify known creditors and publish: within 25 days of acceptance (art. 14)
    ReorganizationPlan,       // submit the plan: 6 months from the reorganization ruling (art. 79)
    DeregistrationApplication, // the administrator applies for deregistration: 10 days after termination (art. 121)
    ClaimDeadline,             // chosen by the court: 30 days to 3 months from the announcement (art. 45)
    FirstMeeting,              // the first creditors' meeting: within 15 days after the claim deadline (art. 62)
    TerminationDecision,       // the ruling on the administrator's request to terminate: within 15 days (art. 120(3))
    AcceptanceDecision,        // decide whether to accept: 15 days from receipt (art. 10(2)); 30 days for a transfer from enforcement (法发〔2017〕2号)
    FastTrackTarget,           // a fast-track case concluded within the county's target period from acceptance (快速审理)
}

/// <summary>Whether a deadline still asks for something: open, met (on a date), or lapsed because the case moved on.</summary>
public enum DeadlineStatus
{
    Open,
    Met,
    Lapsed,
}

/// <summary>
/// When deadlines close by themselves: the step that meets one (the plan submitted, the termination ruled), and the
/// states in which one still applies (the plan period only while the plan is drafted; nothing but the deregistration
/// application after a termination). Others are met when the judge records them (the announcement also when the
/// claim period is set).
/// </summary>
public static class DeadlineClosing
{
    public static bool Meets(CaseAction action, DeadlineKind kind) => kind switch
    {
        DeadlineKind.ReorganizationPlan => action == CaseAction.SubmitPlan,
        DeadlineKind.TerminationDecision => action == CaseAction.Terminate,
        DeadlineKind.AcceptanceDecision => action is CaseAction.AcceptLiquidation or CaseAction.AcceptReorganization
            or CaseAction.AcceptComposition or CaseAction.RejectApplication,
        DeadlineKind.FastTrackTarget => action is CaseAction.Terminate or CaseAction.ApprovePlan or CaseAction.ApproveComposition,
        _ => false,
    };

    public static bool StillApplies(DeadlineKind kind, CaseState state) => kind switch
    {
        DeadlineKind.DeregistrationApplication => true,
        DeadlineKind.AcceptanceDecision => state == CaseState.Registered,
        DeadlineKind.FastTrackTarget => CaseTransitions.Pending.Contains(state),
        DeadlineKind.ReorganizationPlan => state == CaseState.ReorganizationRuled,
        DeadlineKind.TerminationDecision => state is CaseState.Declared or CaseState.Realization or CaseState.Distribution,
        _ => state != CaseState.Terminated,
    };

    /// <summary>
    /// The kinds that ask somebody to act, and so can be overdue: all but the claim deadline, which ends a period.
    /// An array so that queries can use it (<c>Duties.Contains(d.Kind)</c>).
    /// </summary>
    public static readonly DeadlineKind[] Duties = [.. Enum.GetValues<DeadlineKind>().Where(k => k != DeadlineKind.ClaimDeadline)];
}

/// <summary>The claim period the court sets (art. 45): at least 30 days, at most 3 months from the announcement.</summary>
public static class ClaimPeriod
{
    public static (DateOnly Earliest, Deadline Latest) Bounds(DateOnly announcedOn, WorkingCalendar calendar) =>
        (announcedOn.AddDays(30), DeadlineCalculator.Compute(announcedOn, Period.Months(3), calendar));
}

/// <summary>
/// Which deadlines each step starts, counted from its ruling's date, or (an extension) from the end of the deadline it
/// extends: the 6-month plan period extended by 3 months ends 3 months after the first period's end (art. 79(2)), which
/// at a month's end is not 9 months from the reorganization ruling (03-31 + 6 months = 09-30, + 3 months = 12-30).
/// </summary>
public static class DeadlineRules
{
    private static readonly (CaseAction Action, LegalBasis? Basis, DeadlineKind Kind, Period Period, bool Extends, string Source)[] Rules =
    [
        (CaseAction.AcceptLiquidation, null, DeadlineKind.Announcement, Period.Days(25), false, "企业破产法第十四条"),
        (CaseAction.AcceptReorganization, null, DeadlineKind.Announcement, Period.Days(25), false, "企业破产法第十四条"),
        (CaseAction.AcceptComposition, null, DeadlineKind.Announcement, Period.Days(25), false, "企业破产法第十四条"),
        (CaseAction.AcceptReorganization, null, DeadlineKind.ReorganizationPlan, Period.Months(6), false, "企业破产法第七十九条"),
        (CaseAction.ConvertToReorganization, null, DeadlineKind.ReorganizationPlan, Period.Months(6), false, "企业破产法第七十九条"),
        (CaseAction.ExtendPlanPeriod, null, DeadlineKind.ReorganizationPlan, Period.Months(3), true, "企业破产法第七十九条第二款"), // art. 79(2): 3 months more
        (CaseAction.RequestTermination, null, DeadlineKind.TerminationDecision, Period.Days(15), false, "企业破产法第一百二十条第三款"),
        (CaseAction.Terminate, LegalBasis.Art43, DeadlineKind.DeregistrationApplication, Period.Days(10), false, "企业破产法第一百二十一条"),
        (CaseAction.Terminate, LegalBasis.Art120, DeadlineKind.DeregistrationApplication, Period.Days(10), false, "企业破产法第一百二十一条"),
    ];

    public static IEnumerable<(DeadlineKind Kind, Period Period, bool Extends, string Source)> Started(CaseAction action, LegalBasis basis) =>
        Rules.Where(r => r.Action == action && (r.Basis is null || r.Basis == basis)).Select(r => (r.Kind, r.Period, r.Extends, r.Source));

    /// <summary>The review of an application (art. 10(2): 15 days from receipt) or of a transfer from enforcement (30 days).</summary>
    public static (Period Period, string Source) AcceptanceDecision(bool transfer) => transfer
        ? (Period.Days(30), "法发〔2017〕2号 执转破指导意见")
        : (Period.Days(15), "企业破产法第十条第二款");

    public const string FastTrackSource = "快速审理目标期限（县区设定）";
}

/// <summary>
/// A deadline of a case: computed by the Platform calculator over the county's calendar from its start and period, and
/// stored; recomputed while open when the calendar changes. A date the court chose (the claim deadline) has no period.
/// </summary>
internal sealed class CaseDeadline : Entity, ITenantOwned
{
    private CaseDeadline()
    {
    }

    private CaseDeadline(DeadlineKind kind, DateOnly startsOn, Period? period, Deadline due, string source, DateOnly? chosenDay = null)
    {
        Kind = kind;
        ChosenDay = chosenDay;
        StartsOn = startsOn;
        PeriodLength = period?.Length;
        PeriodUnit = period?.Unit;
        Due = due.Date;
        Provisional = due.Provisional;
        Source = source;
    }

    /// <summary>A statutory period from <paramref name="startsOn"/>.</summary>
    public static CaseDeadline Computed(DeadlineKind kind, DateOnly startsOn, Period period, WorkingCalendar calendar, string source) =>
        new(kind, startsOn, period, DeadlineCalculator.Compute(startsOn, period, calendar), source);

    /// <summary>
    /// A last day the court chose within the law's bounds: due then, or on the next working day when it is a rest day
    /// (the deadline calculator's rule for every period).
    /// </summary>
    public static CaseDeadline Chosen(DeadlineKind kind, DateOnly startsOn, DateOnly lastDay, WorkingCalendar calendar, string source) =>
        new(kind, startsOn, null, DeadlineCalculator.EndingOn(lastDay, calendar), source, lastDay);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public DeadlineKind Kind { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The period's length and unit (null for a chosen date): what the due date is recomputed from.</summary>
    public int? PeriodLength { get; private set; }

    public PeriodUnit? PeriodUnit { get; private set; }

    /// <summary>The last day the court wrote, for a chosen date (the due date is the next working day when it is a rest day).</summary>
    public DateOnly? ChosenDay { get; private set; }

    public DateOnly Due { get; private set; }

    /// <summary>The due date depends on a year the county's calendar does not know yet; recomputed when it does.</summary>
    public bool Provisional { get; private set; }

    public string Source { get; private set; } = "";

    public DeadlineStatus Status { get; private set; }

    /// <summary>The date it was met or lapsed.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public void Close(DeadlineStatus status, DateOnly on)
    {
        Status = status;
        ClosedOn = on;
    }

    /// <summary>Recomputes an open deadline over a changed calendar; true when its due date or provisional mark moved.</summary>
    public bool Recompute(WorkingCalendar calendar)
    {
        if (Status != DeadlineStatus.Open)
        {
            return false;
        }

        var due = PeriodLength is { } length && PeriodUnit is { } unit
            ? DeadlineCalculator.Compute(StartsOn, new Period(length, unit), calendar)
            : DeadlineCalculator.EndingOn(ChosenDay ?? Due, calendar);
        if (due.Date == Due && due.Provisional == Provisional)
        {
            return false;
        }

        (Due, Provisional) = (due.Date, due.Provisional);
        return true;
    }
}
