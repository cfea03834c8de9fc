using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>A bankruptcy case of one county's court: its number, procedure, court, judge, administrator and debtors.</summary>
internal sealed class BankruptcyCase : AggregateRoot, ITenantOwned
{
    private BankruptcyCase()
    {
    }

    public BankruptcyCase(CaseNumber number, Procedure procedure, string? presidingJudge, CaseIntake intake)
    {
        CaseNumber = number.ToString();
        CourtCode = number.CourtCode;
        CaseYear = number.Year;
        Procedure = procedure;
        PresidingJudge = presidingJudge;
        Panel = [.. intake.Panel];
        FastTrack = intake.FastTrack;
        ReceivedOn = intake.ReceivedOn;
        Transfer = intake.Transfer;
        PrePackagedFrom = intake.PrePackagedFrom;
        State = CaseState.Registered;
    }

    /// <summary>Starts the review deadline when the application's (or transfer's) receipt date is known.</summary>
    public void StartReview(WorkingCalendar calendar)
    {
        if (ReceivedOn is { } received)
        {
            var (period, source) = DeadlineRules.AcceptanceDecision(Transfer is not null);
            Deadlines.Add(CaseDeadline.Computed(DeadlineKind.AcceptanceDecision, received, period, calendar, source));
        }
    }

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string CourtCode { get; private set; } = "";

    public int CaseYear { get; private set; }

    public Procedure Procedure { get; private set; }

    public CaseState State { get; private set; }

    public string? PresidingJudge { get; private set; }

    /// <summary>The other members of the collegial panel (合议庭), in order.</summary>
    public List<string> Panel { get; private set; } = [];

    /// <summary>A fast-track case (快速审理): accepting it starts the county's target period.</summary>
    public bool FastTrack { get; private set; }

    /// <summary>When the court received the application or the transferred file; starts the review deadline.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>The enforcement court's transfer decision when the case came from enforcement (执转破), else null.</summary>
    public EnforcementTransfer? Transfer { get; private set; }

    /// <summary>The start of the pre-packaged reorganization stage (预重整), before acceptance; null when there is none.</summary>
    public DateOnly? PrePackagedFrom { get; private set; }

    /// <summary>The day the pre-packaged stage ended: the application accepted or rejected.</summary>
    public DateOnly? PrePackagedUntil { get; private set; }

    /// <summary>The date of the acceptance ruling; long-pending flags count from it.</summary>
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>The appointed administrator firm (a unit of the county), which then sees the case.</summary>
    public Guid? AdministratorFirmId { get; private set; }

    public string? AdministratorFirmName { get; private set; }

    public DateOnly? AdministratorAppointedOn { get; private set; }

    /// <summary>The firm is the interim administrator of the pre-packaged stage (临时管理人), not yet appointed by acceptance.</summary>
    public bool AdministratorInterim { get; private set; }

    public bool InPrePackagedStage => PrePackagedFrom is not null && PrePackagedUntil is null;

    /// <summary>Accepted before <paramref name="threshold"/> (<see cref="CaseSettings.LongPendingThreshold"/>) and still before the court.</summary>
    public bool IsLongPending(DateOnly threshold) => AcceptedOn < threshold && CaseTransitions.Pending.Contains(State);

    public List<Debtor> Debtors { get; private set; } = [];

    /// <summary>Every step with its ruling, who and when, in order.</summary>
    public List<CaseStep> Timeline { get; private set; } = [];

    /// <summary>The statutory deadlines the case's rulings started.</summary>
    public List<CaseDeadline> Deadlines { get; private set; } = [];

    /// <summary>
    /// Sets the claim period the court chose (art. 45) and the first meeting's deadline that follows it (art. 62),
    /// replacing an earlier choice. Changes nothing unless the outcome is <see cref="ClaimPeriodOutcome.Set"/>.
    /// </summary>
    public ClaimPeriodOutcome SetClaimPeriod(DateOnly announcedOn, DateOnly claimDeadline, WorkingCalendar calendar)
    {
        var announcement = Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.Announcement);
        if (announcement is null || State is CaseState.Terminated)
        {
            return ClaimPeriodOutcome.NotInProcedure;
        }

        if (announcedOn < announcement.StartsOn)
        {
            return ClaimPeriodOutcome.AnnouncedBeforeAcceptance;
        }

        var (earliest, latest) = ClaimPeriod.Bounds(announcedOn, calendar);
        if (claimDeadline < earliest || claimDeadline > latest.Date)
        {
            return ClaimPeriodOutcome.OutOfBounds;
        }

        if (announcement.Status == DeadlineStatus.Open)
        {
            announcement.Close(DeadlineStatus.Met, announcedOn);
        }

        Deadlines.RemoveAll(d => d.Kind is DeadlineKind.ClaimDeadline or DeadlineKind.FirstMeeting);
        var claimPeriod = CaseDeadline.Chosen(DeadlineKind.ClaimDeadline, announcedOn, claimDeadline, calendar, "企业破产法第四十五条");
        Deadlines.Add(claimPeriod);
        // art. 62: within 15 days after the claim period ends (on its moved last day when the court chose a rest day).
        Deadlines.Add(CaseDeadline.Computed(DeadlineKind.FirstMeeting, claimPeriod.Due, Period.Days(15), calendar, "企业破产法第六十二条"));
        Touch();
        return ClaimPeriodOutcome.Set;
    }

    /// <summary>
    /// Takes <paramref name="action"/> if the law allows it from the current state; records the step and starts (or
    /// extends) its deadlines. Changes nothing unless the outcome is <see cref="AdvanceOutcome.Advanced"/>.
    /// </summary>
    public AdvanceOutcome TryAdvance(
        CaseAction action, LegalBasis basis, Ruling ruling, Guid? by, DateTimeOffset at, WorkingCalendar calendar, Period fastTrackTarget)
    {
        if (CaseTransitions.Find(State, action, basis) is not { } next)
        {
            return AdvanceOutcome.NotAllowed;
        }

        // A ruling answers what came before it: the court rules on an application once it has received it, and every
        // later step of an accepted case follows the acceptance. (Other steps may be entered out of order, as a clerk
        // records a ruling found missing, so the timeline itself sets no lower bound.)
        if ((State == CaseState.Registered ? ReceivedOn : AcceptedOn ?? ReceivedOn) is { } earliest && ruling.Date < earliest)
        {
            return AdvanceOutcome.BeforeReceipt;
        }

        if (action == CaseAction.ExtendPlanPeriod)
        {
            if (Timeline.Any(s => s.Action == CaseAction.ExtendPlanPeriod))
            {
                return AdvanceOutcome.AlreadyExtended; // art. 79(2) allows one extension
            }

            if (Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.ReorganizationPlan) is not { } plan || ruling.Date > plan.Due)
            {
                return AdvanceOutcome.PeriodExpired; // after the period the court rules on art. 79(3) instead
            }
        }

        Timeline.Add(new CaseStep(Timeline.Count + 1, action, basis, State, next.To, ruling, by, at));
        var started = DeadlineRules.Started(action, basis).ToList();
        if (State == CaseState.Registered && next.To != CaseState.Registered)
        {
            PrePackagedUntil = InPrePackagedStage ? ruling.Date : PrePackagedUntil;
            if (next.To != CaseState.NotAccepted)
            {
                AcceptedOn = ruling.Date;
                if (FastTrack)
                {
                    started.Add((DeadlineKind.FastTrackTarget, fastTrackTarget, false, DeadlineRules.FastTrackSource));
                }
            }
        }

        foreach (var (kind, period, extends, source) in started)
        {
            var startsOn = extends ? Deadlines.Single(d => d.Kind == kind).Due : ruling.Date; // an extension runs on from the period's end
            Deadlines.RemoveAll(d => d.Kind == kind); // a new ruling restarts (or extends) the period
            Deadlines.Add(CaseDeadline.Computed(kind, startsOn, period, calendar, source));
        }

        State = next.To;
        Procedure = next.Procedure ?? Procedure;
        foreach (var open in Deadlines.Where(d => d.Status == DeadlineStatus.Open && !DeadlineClosing.StillApplies(d.Kind, State)))
        {
            open.Close(DeadlineClosing.Meets(action, open.Kind) ? DeadlineStatus.Met : DeadlineStatus.Lapsed, ruling.Date);
        }

        Touch();
        return AdvanceOutcome.Advanced;
    }

    /// <summary>Records that an open deadline was met on <paramref name="on"/> (the announcement published, the first meeting held).</summary>
    public MeetOutcome MeetDeadline(DeadlineKind kind, DateOnly on)
    {
        if (Deadlines.SingleOrDefault(d => d.Kind == kind) is not { } deadline)
        {
            return MeetOutcome.NoSuchDeadline;
        }

        if (deadline.Status != DeadlineStatus.Open)
        {
            return MeetOutcome.Closed;
        }

        if (on < deadline.StartsOn)
        {
            return MeetOutcome.BeforeStart;
        }

        deadline.Close(DeadlineStatus.Met, on);
        Touch();
        return MeetOutcome.Met;
    }

    /// <summary>
    /// Appoints (or replaces) the administrator firm by the court's decision: an interim administrator only during the
    /// pre-packaged stage, an administrator once the case is accepted and until the supervision of a plan ends (art. 90);
    /// not while a composition agreement is carried out: its approval ended the administrator's office (art. 98).
    /// </summary>
    public AppointOutcome AppointAdministrator(Guid firmId, string firmName, bool interim, Ruling decision, Guid? by, DateTimeOffset at)
    {
        if (interim ? !InPrePackagedStage : !(CaseTransitions.Pending.Contains(State) || State is CaseState.PlanExecution))
        {
            return interim ? AppointOutcome.NotPrePackaged : AppointOutcome.NotInProcedure;
        }

        var action = interim ? CaseAction.AppointInterimAdministrator : CaseAction.AppointAdministrator;
        Timeline.Add(new CaseStep(Timeline.Count + 1, action, LegalBasis.None, State, State, decision, by, at));
        (AdministratorFirmId, AdministratorFirmName, AdministratorAppointedOn, AdministratorInterim) = (firmId, firmName, decision.Date, interim);
        Touch();
        return AppointOutcome.Appointed;
    }

    public Debtor AddDebtor(string name, string uscc, string? usccOverrideReason, string? registeredAddress, string? legalRepresentative)
    {
        var debtor = new Debtor(Debtors.Count + 1, name, uscc, usccOverrideReason, registeredAddress, legalRepresentative);
        Debtors.Add(debtor);
        Touch();
        return debtor;
    }
}
