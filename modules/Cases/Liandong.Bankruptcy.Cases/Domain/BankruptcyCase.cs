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

    public BankruptcyCase(CaseNumber number, Procedure procedure, CourtMember? presidingJudge, CaseIntake intake)
    {
        CaseNumber = number.ToString();
        CourtCode = number.CourtCode;
        CaseYear = number.Year;
        ListKey = ListKeyOf(number);
        Procedure = procedure;
        AssignJudges(presidingJudge, intake.Panel);
        FastTrack = intake.FastTrack;
        ReceivedOn = intake.ReceivedOn;
        Transfer = intake.Transfer;
        PrePackagedFrom = intake.PrePackagedFrom;
        Applicant = Transfer is null ? intake.Applicant : Domain.Applicant.EnforcementTransfer;
        State = CaseState.Registered;
    }

    /// <summary>
    /// Starts the review when the application's (or transfer's) receipt date is known: a creditor's petition first goes
    /// to the debtor (art. 10(1)); every other application is ruled on within its period (art. 10(2)).
    /// </summary>
    public void StartReview(WorkingCalendar calendar)
    {
        if (ReceivedOn is { } received)
        {
            var (kind, period, source) = DeadlineRules.Review(Applicant);
            Deadlines.Add(CaseDeadline.Computed(kind, received, period, calendar, source));
        }
    }

    /// <summary>Who applied (art. 7), or <see cref="Domain.Applicant.EnforcementTransfer"/>; null when not recorded (a case registered after acceptance).</summary>
    public Applicant? Applicant { get; private set; }

    /// <summary>The day the applicant was told to supplement its materials, while it has not yet (Interpretation I art. 7).</summary>
    public DateOnly? SupplementRequestedOn { get; private set; }

    /// <summary>The plan vote an approved plan follows (arts. 86, 87): the meeting and the resolution.</summary>
    public Guid? ApprovedPlanMeetingId { get; private set; }

    public int? ApprovedPlanResolution { get; private set; }

    /// <summary>The last day of the supervision period the approved plan sets (art. 90).</summary>
    public DateOnly? SupervisionUntil { get; private set; }

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string CourtCode { get; private set; } = "";

    public int CaseYear { get; private set; }

    /// <summary>The key the case list reads in: the newest year first, in it the highest number first (unique: the case number ends it).</summary>
    public string ListKey { get; private set; } = "";

    public static string ListKeyOf(CaseNumber number) =>
        FormattableString.Invariant($"{9999 - number.Year:D4}{999999 - number.Sequence:D6}{number}");

    public Procedure Procedure { get; private set; }

    public CaseState State { get; private set; }

    /// <summary>The presiding judge (承办法官), a member of the county's court: whose desk and deadlines the case is on.</summary>
    public Guid? PresidingJudgeId { get; private set; }

    /// <summary>The presiding judge's name as recorded (for display; a case from before judges were members keeps the name it was registered with).</summary>
    public string? PresidingJudge { get; private set; }

    /// <summary>The other members of the collegial panel (合议庭), in order, as members of the court.</summary>
    public List<Guid> PanelIds { get; private set; } = [];

    /// <summary>The panel members' names, in the order of <see cref="PanelIds"/>.</summary>
    public List<string> Panel { get; private set; } = [];

    /// <summary>Names the presiding judge and the panel (at registration, or when the court reassigns the case); the presiding judge is not also on the panel.</summary>
    public void AssignJudges(CourtMember? presiding, IReadOnlyList<CourtMember> panel)
    {
        var others = panel.Where(m => m.UserId != presiding?.UserId).DistinctBy(m => m.UserId).ToList();
        (PresidingJudgeId, PresidingJudge) = (presiding?.UserId, presiding?.Name);
        PanelIds = [.. others.Select(m => m.UserId)];
        Panel = [.. others.Select(m => m.Name)];
    }

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

    /// <summary>
    /// The day the debtor's deregistration was complete after its liquidation terminated (arts. 43, 120, 121): every closing
    /// step done (the Deregistration module's <c>DeregistrationCompleted</c>). The case is closed (结案) from then.
    /// </summary>
    public DateOnly? DeregisteredOn { get; private set; }

    /// <summary>Records the completed deregistration of a terminated liquidation, once; false otherwise (another state, or already recorded).</summary>
    public bool Deregistered(DateOnly on)
    {
        if (State != CaseState.Terminated || DeregisteredOn is not null)
        {
            return false;
        }

        DeregisteredOn = on;
        return true;
    }

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
        StartFollowing(claimPeriod, calendar); // art. 62: the first meeting, from the claim period's (moved) last day
        Touch();
        return ClaimPeriodOutcome.Set;
    }

    /// <summary>
    /// Takes <paramref name="action"/> if the law allows it from the current state; records the step and starts (or
    /// extends) its deadlines. Changes nothing unless the outcome is <see cref="AdvanceOutcome.Advanced"/>.
    /// </summary>
    public AdvanceOutcome TryAdvance(
        CaseAction action, LegalBasis basis, Ruling ruling, Guid? by, DateTimeOffset at, WorkingCalendar calendar, Period fastTrackTarget,
        StepDetails? details = null)
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

        if (Refusal(action, basis, ruling, details ?? new StepDetails()) is { } refused)
        {
            return refused;
        }

        Timeline.Add(new CaseStep(Timeline.Count + 1, action, basis, State, next.To, ruling, by, at));
        var started = DeadlineRules.Started(action, basis).ToList();
        if (action is CaseAction.AcceptLiquidation or CaseAction.AcceptReorganization or CaseAction.AcceptComposition)
        {
            PrePackagedUntil = InPrePackagedStage ? ruling.Date : PrePackagedUntil;
            AcceptedOn = ruling.Date;
            if (FastTrack)
            {
                started.Add((DeadlineKind.FastTrackTarget, fastTrackTarget, false, DeadlineRules.FastTrackSource));
            }
        }
        else if (action == CaseAction.RejectApplication)
        {
            PrePackagedUntil = InPrePackagedStage ? ruling.Date : PrePackagedUntil;
        }

        foreach (var (kind, period, extends, source) in started)
        {
            var startsOn = extends ? Deadlines.Single(d => d.Kind == kind).Due : ruling.Date; // an extension runs on from the period's end
            Deadlines.RemoveAll(d => d.Kind == kind); // a new ruling restarts (or extends) the period
            Deadlines.Add(CaseDeadline.Computed(kind, startsOn, period, calendar, source));
        }

        TakeSideEffects(action, ruling, details, calendar);
        State = next.To;
        Procedure = next.Procedure ?? Procedure;
        foreach (var open in Deadlines.Where(d => d.Status == DeadlineStatus.Open && !DeadlineClosing.StillApplies(d.Kind, State)))
        {
            open.Close(DeadlineClosing.Meets(action, open.Kind) ? DeadlineStatus.Met : DeadlineStatus.Lapsed, ruling.Date);
        }

        Touch();
        return AdvanceOutcome.Advanced;
    }

    /// <summary>The law's conditions on a step beyond the transition table, or null when it may be taken.</summary>
    private AdvanceOutcome? Refusal(CaseAction action, LegalBasis basis, Ruling ruling, StepDetails details) => action switch
    {
        CaseAction.ExtendPlanPeriod when Timeline.Any(s => s.Action == CaseAction.ExtendPlanPeriod) => AdvanceOutcome.AlreadyExtended, // art. 79(2): once
        CaseAction.ExtendPlanPeriod when Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.ReorganizationPlan) is not { } plan || ruling.Date > plan.Due
            => AdvanceOutcome.PeriodExpired, // after the period the court rules on art. 79(3) instead
        CaseAction.AcceptComposition when Applicant != Domain.Applicant.Debtor => AdvanceOutcome.CompositionNotByDebtor, // arts. 7(1), 95
        CaseAction.AcceptReorganization when Applicant == Domain.Applicant.LiquidationDutyHolder => AdvanceOutcome.LiquidationOnlyApplicant, // art. 7(3)
        CaseAction.ConvertToComposition when details.Applied?.By != ConversionApplicant.Debtor => AdvanceOutcome.CompositionNotByDebtor, // art. 95
        CaseAction.ConvertToReorganization when Applicant != Domain.Applicant.Creditor => AdvanceOutcome.NotCreditorPetition, // art. 70(2)
        CaseAction.ConvertToReorganization => details.Applied switch
        {
            { By: ConversionApplicant.Debtor } => null,
            { By: ConversionApplicant.Investor } applied => applied.HoldsOneTenth ? null : AdvanceOutcome.InvestorShareTooSmall,
            _ => AdvanceOutcome.ConversionApplicantNotAllowed,
        },
        CaseAction.RequestSupplement when SupplementRequestedOn is not null => AdvanceOutcome.SupplementPending,
        CaseAction.RequestSupplement or CaseAction.SupplementReceived when ReviewPeriods().Count == 0 => AdvanceOutcome.NoReviewPeriod,
        CaseAction.SupplementReceived when SupplementRequestedOn is not { } asked || ruling.Date < asked => AdvanceOutcome.NoSupplementRequested,
        CaseAction.ExtendReview when Timeline.Any(s => s.Action == CaseAction.ExtendReview) => AdvanceOutcome.ReviewAlreadyExtended, // art. 10(3): once
        CaseAction.ExtendReview when Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.AcceptanceDecision) is not { Status: DeadlineStatus.Open } =>
            AdvanceOutcome.NoReviewPeriod,
        CaseAction.ApprovePlan when details.Vote is not { } vote || ruling.Date < vote.ClosedOn => AdvanceOutcome.NoPlanVote,
        CaseAction.ApprovePlan when details.Vote.Supports != basis => AdvanceOutcome.PlanBasisMismatch,
        CaseAction.ApprovePlan when details.SupervisionUntil is not { } until || until < ruling.Date => AdvanceOutcome.SupervisionBeforeApproval,
        _ => null,
    };

    /// <summary>The review periods of art. 10 still running, which a request to supplement the materials pauses.</summary>
    private List<CaseDeadline> ReviewPeriods() =>
        [.. Deadlines.Where(d => d.Status == DeadlineStatus.Open && d.Kind is DeadlineKind.DebtorNotice or DeadlineKind.DebtorObjection or DeadlineKind.AcceptanceDecision)];

    private void TakeSideEffects(CaseAction action, Ruling ruling, StepDetails? details, WorkingCalendar calendar)
    {
        switch (action)
        {
            case CaseAction.RequestSupplement:
                SupplementRequestedOn = ruling.Date;
                break;
            case CaseAction.SupplementReceived:
                // Interpretation I art. 7: the days materials were being supplemented do not count.
                var paused = ruling.Date.DayNumber - SupplementRequestedOn!.Value.DayNumber;
                foreach (var review in ReviewPeriods())
                {
                    review.Pause(paused, calendar);
                }

                SupplementRequestedOn = null;
                break;
            case CaseAction.ApprovePlan:
                (ApprovedPlanMeetingId, ApprovedPlanResolution, SupervisionUntil) = (details!.Vote!.MeetingId, details.Vote.Resolution, details.SupervisionUntil);
                // arts. 90–91: the administrator reports when the supervision period the plan set ends.
                Deadlines.RemoveAll(d => d.Kind == DeadlineKind.SupervisionReport);
                Deadlines.Add(CaseDeadline.Chosen(DeadlineKind.SupervisionReport, ruling.Date, details.SupervisionUntil!.Value, calendar, "企业破产法第九十一条"));
                break;
        }
    }

    /// <summary>Starts the periods that count from the end of <paramref name="ending"/> (art. 62 after art. 45; art. 10(1)).</summary>
    private void StartFollowing(CaseDeadline ending, WorkingCalendar calendar)
    {
        foreach (var (kind, period, source) in DeadlineRules.Following(ending.Kind))
        {
            Deadlines.RemoveAll(d => d.Kind == kind);
            Deadlines.Add(CaseDeadline.Following(kind, ending, period, calendar, source));
        }
    }

    /// <summary>
    /// Records that an open deadline was met on <paramref name="on"/> (the announcement published, the debtor notified,
    /// a ruling served) and starts the periods that count from that day (arts. 10(1), 11(2), 12, 86(2)).
    /// </summary>
    public MeetOutcome MeetDeadline(DeadlineKind kind, DateOnly on, WorkingCalendar calendar)
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

        if (!DeadlineClosing.Duties.Contains(kind))
        {
            return MeetOutcome.NotADuty; // a period ends by itself; nobody meets it
        }

        deadline.Close(DeadlineStatus.Met, on);
        foreach (var (started, period, source) in DeadlineRules.StartedWhenMet(kind, Applicant == Domain.Applicant.Creditor))
        {
            Deadlines.RemoveAll(d => d.Kind == started);
            var added = CaseDeadline.Computed(started, on, period, calendar, source);
            Deadlines.Add(added);
            StartFollowing(added, calendar);
        }

        Touch();
        return MeetOutcome.Met;
    }

    /// <summary>
    /// The meeting voted on the submitted plan on <paramref name="on"/> (art. 84(1) met); once adopted, its approval is
    /// applied for within 10 days (art. 86(2)).
    /// </summary>
    public void PlanVoted(DateOnly on, bool adopted, WorkingCalendar calendar)
    {
        if (State != CaseState.PlanSubmitted)
        {
            return;
        }

        if (Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.PlanVoteMeeting) is { Status: DeadlineStatus.Open } meeting)
        {
            meeting.Close(DeadlineStatus.Met, on);
        }

        if (adopted)
        {
            Deadlines.RemoveAll(d => d.Kind is DeadlineKind.ApprovalApplication or DeadlineKind.ApprovalRuling);
            Deadlines.Add(CaseDeadline.Computed(DeadlineKind.ApprovalApplication, on, Period.Days(10), calendar, "企业破产法第八十六条第二款"));
        }

        Touch();
    }

    /// <summary>
    /// The debtor or administrator applied on <paramref name="on"/> for approval of a plan some class rejected: the court
    /// rules within 30 days (art. 87(3)).
    /// </summary>
    public ApplicationOutcome ForcedApprovalApplied(DateOnly on, WorkingCalendar calendar)
    {
        if (State != CaseState.PlanSubmitted)
        {
            return ApplicationOutcome.NotInProcedure;
        }

        Deadlines.RemoveAll(d => d.Kind == DeadlineKind.ApprovalRuling);
        Deadlines.Add(CaseDeadline.Computed(DeadlineKind.ApprovalRuling, on, Period.Days(30), calendar, "企业破产法第八十七条第三款"));
        Touch();
        return ApplicationOutcome.Received;
    }

    /// <summary>
    /// Recomputes the open deadlines over a changed calendar, each period that counts from another's end from that
    /// one's new due date; true when any moved.
    /// </summary>
    public static bool Recompute(IReadOnlyList<CaseDeadline> deadlines, WorkingCalendar calendar)
    {
        var moved = false;
        foreach (var d in deadlines.Where(d => d.CountsFrom is null))
        {
            moved |= d.Recompute(calendar);
        }

        foreach (var d in deadlines.Where(d => d.CountsFrom is not null))
        {
            var from = deadlines.SingleOrDefault(x => x.CaseId == d.CaseId && x.Kind == d.CountsFrom);
            moved |= d.Recompute(calendar, from?.Due);
        }

        return moved;
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
