using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Deregistration.Domain;

/// <summary>
/// A case's registration file (its id is the case's): what Deregistration keeps of the case (a local copy through
/// <see cref="ICaseQueries"/>), the bankruptcy status published after each procedural step, the registration changes
/// made during the case, and — only after a liquidation terminated under art. 43 or 120 — the closing steps, each a
/// unit's work, counted from the termination ruling. When every closing step is done, the deregistration is complete.
/// </summary>
internal sealed class RegistrationFile : AggregateRoot, ITenantOwned
{
    public const int MaxChanges = 200;

    /// <summary>The states in which the case is in its procedure (accepted, not ended): registration changes go ahead then.</summary>
    public static readonly string[] InProcedureStates =
        ["Accepted", "Declared", "Realization", "Distribution", "ReorganizationRuled", "PlanSubmitted", "PlanExecution", "CompositionRuled", "CompositionExecution"];

    /// <summary>Art. 121: the administrator applies within 10 days of the termination ruling.</summary>
    public static readonly Period ApplicationPeriod = Period.Days(10);

    /// <summary>Each procedural step's status is published within 10 days (domain.md, local practice).</summary>
    public static readonly Period PublicationPeriod = Period.Days(10);

    private RegistrationFile()
    {
    }

    public RegistrationFile(Guid caseId) => Id = caseId;

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? DebtorName { get; private set; }

    public string? DebtorUscc { get; private set; }

    public string State { get; private set; } = "";

    public DateOnly? AcceptedOn { get; private set; }

    public Guid? AdministratorFirmId { get; private set; }

    /// <summary>The Cases timeline length of the read this copy holds: an older read is never applied.</summary>
    public int Sequence { get; private set; } = -1;

    /// <summary>The termination ruling's date (arts. 43, 120); null while the liquidation goes on, and for a company that survives.</summary>
    public DateOnly? TerminatedOn { get; private set; }

    public string? TerminationBasis { get; private set; }

    /// <summary>The last day of the administrator's application (art. 121), by the deadline calculator.</summary>
    public DateOnly? ApplicationDue { get; private set; }

    public string? Registry { get; private set; }

    /// <summary>The debtor is registered with customs (an import and export consignor): customs cancels that registration too.</summary>
    public bool CustomsRegistered { get; private set; }

    /// <summary>The day the last closing step was done: the deregistration is complete.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public List<ClosingStep> Steps { get; private set; } = [];

    public List<StatusPublication> Publications { get; private set; } = [];

    public List<RegistrationChange> Changes { get; private set; } = [];

    public bool InProcedure => InProcedureStates.Contains(State);

    /// <summary>Takes the case as Cases has it now (a read older than the one held is not applied).</summary>
    public void Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return;
        }

        (CaseNumber, State, AcceptedOn, AdministratorFirmId, Sequence) =
            (summary.CaseNumber, summary.State, summary.Dates.AcceptedOn, summary.AdministratorFirmId, summary.Sequence);
        var names = string.Join("、", summary.Debtors.Select(d => d.Name));
        DebtorName = names.Length == 0 ? null : names.Length <= 300 ? names : names[..299] + "…";
        DebtorUscc = summary.Debtors.Count > 0 ? summary.Debtors[0].Uscc : null;
    }

    /// <summary>
    /// A procedural step the court took (a state change after which the case is, or was, accepted): its status is due for
    /// publication within 10 days. Once per (step, date): a redelivered event adds nothing.
    /// </summary>
    public void StepTaken(string action, string toState, DateOnly on, WorkingCalendar calendar)
    {
        if (!Publications.Any(p => p.Step == action && p.StepOn == on))
        {
            Publications.Add(new StatusPublication(Id, action, toState, on, DeadlineCalculator.Compute(on, PublicationPeriod, calendar).Date));
            Touch();
        }
    }

    /// <summary>
    /// The liquidation terminated (arts. 43, 120): the closing steps, the administrator's application due within 10 days
    /// of the ruling (art. 121). Once: a redelivered event changes nothing.
    /// </summary>
    public void Terminated(string? basis, DateOnly on, WorkingCalendar calendar)
    {
        if (TerminatedOn is not null)
        {
            TerminationBasis ??= basis;
            return;
        }

        (TerminatedOn, TerminationBasis) = (on, basis);
        ApplicationDue = DeadlineCalculator.Compute(on, ApplicationPeriod, calendar).Date;
        foreach (var kind in ClosingSteps.Always)
        {
            Steps.Add(new ClosingStep(Id, kind));
        }

        if (CustomsRegistered)
        {
            Steps.Add(new ClosingStep(Id, ClosingStepKind.Customs));
        }
    }

    /// <summary>The administrator applies for deregistration with the termination ruling (art. 121; registration regulation art. 34: never the simplified route).</summary>
    public DeregistrationOutcome Apply(string registry, DateOnly on)
    {
        if (TerminatedOn is not { } terminated)
        {
            return DeregistrationOutcome.NotTerminated;
        }

        if (on < terminated)
        {
            return DeregistrationOutcome.BeforeTermination;
        }

        var step = Step(ClosingStepKind.Application)!;
        if (step.DoneOn is not null)
        {
            return DeregistrationOutcome.AlreadyDone;
        }

        Registry = registry;
        return Done(step, on, on > ApplicationDue ? $"{registry}（逾期）" : registry);
    }

    /// <summary>Flags (or clears) the debtor's customs registration: its closing step is added or removed while the deregistration is not complete and customs has not acted.</summary>
    public DeregistrationOutcome FlagCustoms(bool registered)
    {
        if (CompletedOn is not null || Step(ClosingStepKind.Customs)?.DoneOn is not null)
        {
            return DeregistrationOutcome.AlreadyDone;
        }

        CustomsRegistered = registered;
        Touch();
        if (TerminatedOn is not null)
        {
            if (registered && Step(ClosingStepKind.Customs) is null)
            {
                Steps.Add(new ClosingStep(Id, ClosingStepKind.Customs));
            }
            else if (!registered && Step(ClosingStepKind.Customs) is { } customs)
            {
                Steps.Remove(customs);
            }
        }

        return DeregistrationOutcome.Done;
    }

    /// <summary>Customs cancelled the debtor's registration (the administrator records its notice).</summary>
    public DeregistrationOutcome CustomsDone(string document, DateOnly on) =>
        Step(ClosingStepKind.Customs) is not { } step ? DeregistrationOutcome.NotFlagged
        : step.DoneOn is not null ? DeregistrationOutcome.AlreadyDone
        : on < TerminatedOn ? DeregistrationOutcome.BeforeTermination
        : Done(step, on, document);

    /// <summary>
    /// A unit finished the closing step of <paramref name="kind"/> (its item completed, or the clearance document issued):
    /// <see cref="DeregistrationOutcome.Completed"/> when it was the last; null when there is no such open step.
    /// </summary>
    public DeregistrationOutcome? UnitDone(ClosingStepKind kind, DateOnly on, string? result) =>
        Step(kind) is not { DoneOn: null } step ? null : Done(step, TerminatedOn is { } terminated && on < terminated ? terminated : on, result);

    /// <summary>The administrator applies for a registration change during the case: with the court's consent (its document) or on the administrator's own application.</summary>
    public DeregistrationOutcome ApplyForChange(RegistrationChangeKind kind, string description, ChangeBasis basis, string? consentDocument, DateOnly on)
    {
        if (!InProcedure || AcceptedOn is not { } accepted)
        {
            return DeregistrationOutcome.NotInProcedure;
        }

        if (on < accepted)
        {
            return DeregistrationOutcome.BeforeAcceptance;
        }

        if (Changes.Count >= MaxChanges)
        {
            return DeregistrationOutcome.TooMany;
        }

        Changes.Add(new RegistrationChange(Id, Changes.Count + 1, kind, description, basis, basis == ChangeBasis.CourtConsent ? consentDocument : null, on));
        Touch();
        return DeregistrationOutcome.Done;
    }

    /// <summary>Market regulation registered the change.</summary>
    public DeregistrationOutcome RegisterChange(Guid changeId, DateOnly on) =>
        Changes.SingleOrDefault(c => c.Id == changeId) is not { } change ? DeregistrationOutcome.NoSuchChange
        : change.RegisteredOn is not null ? DeregistrationOutcome.AlreadyDone
        : on < change.AppliedOn ? DeregistrationOutcome.BeforeApplication
        : Touched(change.Register(on));

    /// <summary>The status of a step was published (on or after the step).</summary>
    public DeregistrationOutcome Published(Guid publicationId, DateOnly on) =>
        Publications.SingleOrDefault(p => p.Id == publicationId) is not { } publication ? DeregistrationOutcome.NoSuchPublication
        : publication.PublishedOn is not null ? DeregistrationOutcome.AlreadyDone
        : on < publication.StepOn ? DeregistrationOutcome.BeforeStep
        : Touched(publication.Publish(on));

    /// <summary>The open due dates computed again on a changed calendar; whether any moved.</summary>
    public bool Recompute(WorkingCalendar calendar)
    {
        var moved = false;
        if (TerminatedOn is { } terminated && Step(ClosingStepKind.Application) is { DoneOn: null }
            && DeadlineCalculator.Compute(terminated, ApplicationPeriod, calendar).Date is var due && due != ApplicationDue)
        {
            (ApplicationDue, moved) = (due, true);
        }

        foreach (var publication in Publications.Where(p => p.PublishedOn is null))
        {
            moved |= publication.Recompute(DeadlineCalculator.Compute(publication.StepOn, PublicationPeriod, calendar).Date);
        }

        if (moved)
        {
            Touch();
        }

        return moved;
    }

    public ClosingStep? Step(ClosingStepKind kind) => Steps.SingleOrDefault(s => s.Kind == kind);

    private DeregistrationOutcome Touched(DeregistrationOutcome outcome)
    {
        Touch();
        return outcome;
    }

    private DeregistrationOutcome Done(ClosingStep step, DateOnly on, string? result)
    {
        step.Done(on, result);
        Touch();
        return Complete();
    }

    /// <summary>Complete when every step is done, on the day the last one was.</summary>
    private DeregistrationOutcome Complete()
    {
        if (CompletedOn is null && Steps.Count > 0 && Steps.All(s => s.DoneOn is not null))
        {
            CompletedOn = Steps.Max(s => s.DoneOn);
            return DeregistrationOutcome.Completed;
        }

        return DeregistrationOutcome.Done;
    }
}
