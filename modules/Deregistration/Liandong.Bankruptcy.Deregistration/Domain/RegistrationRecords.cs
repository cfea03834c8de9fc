using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Deregistration.Domain;

/// <summary>The status of one procedural step (acceptance, declaration, conversion, approval, termination …), due for publication within 10 days.</summary>
internal sealed class StatusPublication : Entity, ITenantOwned
{
    private StatusPublication()
    {
    }

    public StatusPublication(Guid caseId, string step, string toState, DateOnly stepOn, DateOnly due) =>
        (CaseId, Step, ToState, StepOn, Due) = (caseId, step, toState, stepOn, due);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The Cases action (<c>AcceptLiquidation</c>, <c>DeclareBankruptcy</c> …).</summary>
    public string Step { get; private set; } = "";

    public string ToState { get; private set; } = "";

    public DateOnly StepOn { get; private set; }

    public DateOnly Due { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public bool Recompute(DateOnly due)
    {
        var moved = due != Due;
        Due = due;
        return moved;
    }

    public DeregistrationOutcome Publish(DateOnly on)
    {
        PublishedOn = on;
        return DeregistrationOutcome.Done;
    }
}

public enum RegistrationChangeKind
{
    Equity,               // 股权变更
    LegalRepresentative,  // 法定代表人变更
    Name,
    Address,
    Other,
}

/// <summary>What a registration change during the case rests on (domain.md): the court's consent, or the administrator's own application.</summary>
public enum ChangeBasis
{
    CourtConsent,
    AdministratorApplication,
}

/// <summary>A registration change applied for during the case, registered by market regulation.</summary>
internal sealed class RegistrationChange : Entity, ITenantOwned
{
    public const int MaxDescription = 500;

    private RegistrationChange()
    {
    }

    public RegistrationChange(Guid caseId, int number, RegistrationChangeKind kind, string description, ChangeBasis basis, string? consentDocument, DateOnly appliedOn) =>
        (CaseId, Number, Kind, Description, Basis, ConsentDocument, AppliedOn) = (caseId, number, kind, description, basis, consentDocument, appliedOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public RegistrationChangeKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public ChangeBasis Basis { get; private set; }

    public string? ConsentDocument { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public DeregistrationOutcome Register(DateOnly on)
    {
        RegisteredOn = on;
        return DeregistrationOutcome.Done;
    }
}

/// <summary>What a step on the registration file came to; members with a <see cref="RefusalAttribute"/> are refusals.</summary>
public enum DeregistrationOutcome
{
    Done,
    Completed,
    [Refusal(409, "deregistration.not_terminated")] NotTerminated,
    [Refusal(422, "deregistration.before_termination")] BeforeTermination,
    [Refusal(409, "deregistration.already_done")] AlreadyDone,
    [Refusal(409, "deregistration.customs_not_flagged")] NotFlagged,
    [Refusal(409, "deregistration.not_in_procedure")] NotInProcedure,
    [Refusal(422, "deregistration.before_acceptance")] BeforeAcceptance,
    [Refusal(422, "deregistration.too_many_changes")] TooMany,
    [Refusal(404, "deregistration.no_such_change")] NoSuchChange,
    [Refusal(422, "deregistration.before_application")] BeforeApplication,
    [Refusal(404, "deregistration.no_such_publication")] NoSuchPublication,
    [Refusal(422, "deregistration.before_step")] BeforeStep,
}
