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
    DebtorNotice,              // a creditor's petition: the court notifies the debtor within 5 days of receipt (art. 10(1))
    DebtorObjection,           // the debtor's objection: 7 days from the notice (art. 10(1)); the court then rules within 10 days
    AcceptanceService,         // the acceptance ruling served within 5 days (art. 11(1))
    DebtorMaterials,           // a creditor's petition: the debtor files its property statement etc. within 15 days of service (art. 11(2))
    RejectionService,          // the ruling not to accept (or dismissing) served within 5 days (art. 12(1))
    AppealPeriod,              // an appeal to the higher court within 10 days of service (art. 12)
    DeclarationService,        // the declaration served on the debtor and administrator within 5 days (art. 107(1))
    DeclarationNotice,         // known creditors notified and the declaration announced within 10 days (art. 107(1))
    PlanVoteMeeting,           // the meeting that votes on the plan: within 30 days of receiving it (art. 84(1))
    ApprovalApplication,       // the plan adopted: the debtor or administrator applies for approval within 10 days (art. 86(2))
    ApprovalRuling,            // the court rules on the approval within 30 days of the application (arts. 86(2), 87(3))
    SupervisionReport,         // the administrator's supervision report when the plan's supervision period ends (arts. 90–91)
    SupplementaryDistribution, // property found later is distributed on creditors' request within 2 years of termination (art. 123)
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
        DeadlineKind.ApprovalRuling => action == CaseAction.ApprovePlan,
        _ => false,
    };

    public static bool StillApplies(DeadlineKind kind, CaseState state) => kind switch
    {
        DeadlineKind.DeregistrationApplication or DeadlineKind.SupplementaryDistribution => true,
        DeadlineKind.AcceptanceDecision or DeadlineKind.DebtorNotice or DeadlineKind.DebtorObjection => state == CaseState.Registered,
        DeadlineKind.RejectionService or DeadlineKind.AppealPeriod => state is CaseState.NotAccepted or CaseState.Dismissed,
        DeadlineKind.FastTrackTarget => CaseTransitions.Pending.Contains(state),
        DeadlineKind.ReorganizationPlan => state == CaseState.ReorganizationRuled,
        DeadlineKind.PlanVoteMeeting or DeadlineKind.ApprovalApplication or DeadlineKind.ApprovalRuling => state == CaseState.PlanSubmitted,
        DeadlineKind.SupervisionReport => state is CaseState.PlanExecution or CaseState.PlanCarriedOut,
        DeadlineKind.TerminationDecision => state is CaseState.Accepted or CaseState.Declared or CaseState.Realization or CaseState.Distribution,
        _ => state is not (CaseState.Terminated or CaseState.NotAccepted or CaseState.Dismissed),
    };

    /// <summary>The kinds that end a period rather than ask somebody to act, and so are never overdue.</summary>
    private static readonly DeadlineKind[] Periods =
        [DeadlineKind.ClaimDeadline, DeadlineKind.DebtorObjection, DeadlineKind.AppealPeriod, DeadlineKind.SupplementaryDistribution];

    /// <summary>
    /// The kinds that ask somebody to act, and so can be overdue: all but those ending a period (the claim deadline,
    /// the objection and appeal periods, the window for supplementary distribution). An array so that queries can use
    /// it (<c>Duties.Contains(d.Kind)</c>).
    /// </summary>
    public static readonly DeadlineKind[] Duties = [.. Enum.GetValues<DeadlineKind>().Except(Periods)];
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
        (CaseAction.AcceptLiquidation, null, DeadlineKind.AcceptanceService, Period.Days(5), false, "企业破产法第十一条第一款"),
        (CaseAction.AcceptReorganization, null, DeadlineKind.AcceptanceService, Period.Days(5), false, "企业破产法第十一条第一款"),
        (CaseAction.AcceptComposition, null, DeadlineKind.AcceptanceService, Period.Days(5), false, "企业破产法第十一条第一款"),
        (CaseAction.RejectApplication, null, DeadlineKind.RejectionService, Period.Days(5), false, "企业破产法第十二条第一款"),
        (CaseAction.DismissApplication, null, DeadlineKind.RejectionService, Period.Days(5), false, "企业破产法第十二条"),
        (CaseAction.ExtendReview, null, DeadlineKind.AcceptanceDecision, Period.Days(15), true, "企业破产法第十条第三款"), // art. 10(3): 15 days more
        (CaseAction.AcceptReorganization, null, DeadlineKind.ReorganizationPlan, Period.Months(6), false, "企业破产法第七十九条"),
        (CaseAction.ConvertToReorganization, null, DeadlineKind.ReorganizationPlan, Period.Months(6), false, "企业破产法第七十九条"),
        (CaseAction.ExtendPlanPeriod, null, DeadlineKind.ReorganizationPlan, Period.Months(3), true, "企业破产法第七十九条第二款"), // art. 79(2): 3 months more
        (CaseAction.SubmitPlan, null, DeadlineKind.PlanVoteMeeting, Period.Days(30), false, "企业破产法第八十四条第一款"),
        (CaseAction.DeclareBankruptcy, null, DeadlineKind.DeclarationService, Period.Days(5), false, "企业破产法第一百零七条第一款"),
        (CaseAction.DeclareBankruptcy, null, DeadlineKind.DeclarationNotice, Period.Days(10), false, "企业破产法第一百零七条第一款"),
        (CaseAction.ConvertToLiquidation, null, DeadlineKind.DeclarationService, Period.Days(5), false, "企业破产法第一百零七条第一款"),
        (CaseAction.ConvertToLiquidation, null, DeadlineKind.DeclarationNotice, Period.Days(10), false, "企业破产法第一百零七条第一款"),
        (CaseAction.RequestTermination, LegalBasis.Art43, DeadlineKind.TerminationDecision, Period.Days(15), false, "企业破产法第四十三条第四款"),
        (CaseAction.RequestTermination, LegalBasis.Art120, DeadlineKind.TerminationDecision, Period.Days(15), false, "企业破产法第一百二十条第三款"),
        (CaseAction.Terminate, LegalBasis.Art43, DeadlineKind.DeregistrationApplication, Period.Days(10), false, "企业破产法第一百二十一条"),
        (CaseAction.Terminate, LegalBasis.Art120, DeadlineKind.DeregistrationApplication, Period.Days(10), false, "企业破产法第一百二十一条"),
        (CaseAction.Terminate, LegalBasis.Art43, DeadlineKind.SupplementaryDistribution, Period.Months(24), false, "企业破产法第一百二十三条"),
        (CaseAction.Terminate, LegalBasis.Art120, DeadlineKind.SupplementaryDistribution, Period.Months(24), false, "企业破产法第一百二十三条"),
    ];

    public static IEnumerable<(DeadlineKind Kind, Period Period, bool Extends, string Source)> Started(CaseAction action, LegalBasis basis) =>
        Rules.Where(r => r.Action == action && (r.Basis is null || r.Basis == basis)).Select(r => (r.Kind, r.Period, r.Extends, r.Source));

    /// <summary>
    /// The periods a met duty starts, counted from the day it was met: the debtor notified of a creditor's petition has
    /// 7 days to object (art. 10(1)); served with the acceptance of a creditor's petition, 15 days to file its property
    /// statement (art. 11(2), <paramref name="creditorPetition"/>); served with a refusal, 10 days to appeal (art. 12);
    /// the approval applied for, the court has 30 days (art. 86(2)).
    /// </summary>
    public static IEnumerable<(DeadlineKind Kind, Period Period, string Source)> StartedWhenMet(DeadlineKind met, bool creditorPetition) => met switch
    {
        DeadlineKind.DebtorNotice => [(DeadlineKind.DebtorObjection, Period.Days(7), "企业破产法第十条第一款")],
        DeadlineKind.AcceptanceService when creditorPetition => [(DeadlineKind.DebtorMaterials, Period.Days(15), "企业破产法第十一条第二款")],
        DeadlineKind.RejectionService => [(DeadlineKind.AppealPeriod, Period.Days(10), "企业破产法第十二条")],
        DeadlineKind.ApprovalApplication => [(DeadlineKind.ApprovalRuling, Period.Days(30), "企业破产法第八十六条第二款")],
        _ => [],
    };

    /// <summary>
    /// The periods that count from the end of another (recomputed with it when the calendar moves it): the first meeting
    /// within 15 days after the claim period (art. 62), the ruling on a creditor's petition within 10 days after the
    /// objection period (art. 10(1)).
    /// </summary>
    public static IEnumerable<(DeadlineKind Kind, Period Period, string Source)> Following(DeadlineKind ending) => ending switch
    {
        DeadlineKind.ClaimDeadline => [(DeadlineKind.FirstMeeting, Period.Days(15), "企业破产法第六十二条")],
        DeadlineKind.DebtorObjection => [(DeadlineKind.AcceptanceDecision, Period.Days(10), "企业破产法第十条第一款")],
        _ => [],
    };

    /// <summary>The kinds whose end another period counts from (<see cref="Following"/>).</summary>
    public static readonly DeadlineKind[] CountedFrom = [DeadlineKind.ClaimDeadline, DeadlineKind.DebtorObjection];

    /// <summary>
    /// The review of an application from its receipt: a creditor's petition first goes to the debtor (5 days, art.
    /// 10(1)); every other application is ruled on within 15 days (art. 10(2)); a transfer from enforcement within 30.
    /// </summary>
    public static (DeadlineKind Kind, Period Period, string Source) Review(Applicant? applicant) => applicant switch
    {
        Applicant.EnforcementTransfer => (DeadlineKind.AcceptanceDecision, Period.Days(30), "法发〔2017〕2号 执转破指导意见"),
        Applicant.Creditor => (DeadlineKind.DebtorNotice, Period.Days(5), "企业破产法第十条第一款"),
        _ => (DeadlineKind.AcceptanceDecision, Period.Days(15), "企业破产法第十条第二款"),
    };

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

    /// <summary>A statutory period that runs from the end of <paramref name="after"/> (and moves with it).</summary>
    public static CaseDeadline Following(DeadlineKind kind, CaseDeadline after, Period period, WorkingCalendar calendar, string source) =>
        new(kind, after.Due, period, DeadlineCalculator.Compute(after.Due, period, calendar), source) { CountsFrom = after.Kind };

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

    /// <summary>The deadline whose end this one counts from (its start moves with that one's due date), or null.</summary>
    public DeadlineKind? CountsFrom { get; private set; }

    /// <summary>Days the period stood still (materials being supplemented, Interpretation I art. 7): not counted.</summary>
    public int PausedDays { get; private set; }

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

    /// <summary>Stops the count for <paramref name="days"/> calendar days (the period runs on that much later).</summary>
    public void Pause(int days, WorkingCalendar calendar)
    {
        PausedDays += days;
        Recompute(calendar, StartsOn);
    }

    /// <summary>
    /// Recomputes an open deadline over a changed calendar, from <paramref name="startsOn"/> when the deadline it counts
    /// from moved; true when its due date or provisional mark moved.
    /// </summary>
    public bool Recompute(WorkingCalendar calendar, DateOnly? startsOn = null)
    {
        if (Status != DeadlineStatus.Open)
        {
            return false;
        }

        StartsOn = startsOn ?? StartsOn;
        var due = PeriodLength is { } length && PeriodUnit is { } unit
            ? DeadlineCalculator.Compute(StartsOn.AddDays(PausedDays), new Period(length, unit), calendar)
            : DeadlineCalculator.EndingOn(ChosenDay ?? Due, calendar);
        if (due.Date == Due && due.Provisional == Provisional)
        {
            return false;
        }

        (Due, Provisional) = (due.Date, due.Provisional);
        return true;
    }
}
