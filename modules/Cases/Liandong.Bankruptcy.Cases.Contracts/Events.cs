using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Contracts;

/// <summary>A bankruptcy case was registered in its county (ids only: envelopes sit outside row-level security).</summary>
public sealed record CaseRegistered(Guid CaseId, string CaseNumber, string Procedure) : IIntegrationEvent;

/// <summary>
/// A case moved from one state to another by a ruling dated <c>On</c> (names of the Cases enums, so consumers need no
/// internals); what follows counts from the ruling, never from when the message was handled.
/// </summary>
public sealed record CaseAdvanced(Guid CaseId, string Action, string FromState, string ToState, string Basis, DateOnly On) : IIntegrationEvent;

/// <summary>
/// A liquidation terminated under art. 43 or art. 120: the only ending after which the company is deregistered
/// (art. 121). Terminations under arts. 105 and 108, and the end of a reorganization or composition, do not lead here.
/// </summary>
public sealed record LiquidationTerminated(Guid CaseId, string Basis, DateOnly TerminatedOn) : IIntegrationEvent;

/// <summary>A deadline a ruling started, as other modules see it (the name of the Cases <c>DeadlineKind</c>).</summary>
public sealed record CaseDeadlineInfo(string Kind, DateOnly Due, bool Provisional);

/// <summary>The court accepted the application (受理): the procedure, the ruling's date and the deadlines it started.</summary>
public sealed record CaseAccepted(Guid CaseId, string Procedure, DateOnly AcceptedOn, IReadOnlyList<CaseDeadlineInfo> Deadlines) : IIntegrationEvent;

/// <summary>A reorganization was ruled, on the application or converted from a liquidation (art. 70); the plan is due by <c>PlanDue</c>.</summary>
public sealed record ReorganizationRuled(Guid CaseId, DateOnly RuledOn, DateOnly PlanDue) : IIntegrationEvent;

/// <summary>The debtor was declared bankrupt (宣告破产, art. 107), directly or by a conversion.</summary>
public sealed record BankruptcyDeclared(Guid CaseId, DateOnly DeclaredOn) : IIntegrationEvent;

/// <summary>A reorganization or composition was converted to liquidation, on the basis named (arts. 78, 79, 88, 93, 99, 103, 104).</summary>
public sealed record ConvertedToLiquidation(Guid CaseId, string Basis, DateOnly DeclaredOn) : IIntegrationEvent;

/// <summary>The court approved the reorganization plan (arts. 86–87): the procedure ends (终止) and execution begins.</summary>
public sealed record ReorganizationPlanApproved(Guid CaseId, DateOnly ApprovedOn) : IIntegrationEvent;

/// <summary>The court approved the composition agreement (art. 98): the procedure ends (终止).</summary>
public sealed record CompositionApproved(Guid CaseId, DateOnly ApprovedOn) : IIntegrationEvent;

/// <summary>A reorganization plan or composition agreement was carried out: the trigger for credit repair.</summary>
public sealed record PlanCarriedOut(Guid CaseId, string Procedure, DateOnly On) : IIntegrationEvent;

/// <summary>
/// A procedure ended with the company surviving: terminated under art. 105 or 108, or ended (终止) by an approved plan
/// or agreement. Never leads to deregistration.
/// </summary>
public sealed record ProcedureEnded(Guid CaseId, string Ending, DateOnly On) : IIntegrationEvent;

/// <summary>
/// The case is finished: not accepted or dismissed, terminated with the company surviving (arts. 105, 108), its plan or
/// agreement carried out, or — after a liquidation terminated under art. 43 or 120 — the debtor deregistered
/// (<c>FinalState</c> <c>Deregistered</c>, on the day the last closing step was done).
/// </summary>
public sealed record CaseClosed(Guid CaseId, string FinalState, DateOnly On) : IIntegrationEvent;

/// <summary>
/// The court appointed (or replaced) the case's administrator firm, a unit of the county, by decision; <c>Interim</c>
/// for the pre-packaged stage's interim administrator. The firm's users now see the case.
/// </summary>
public sealed record AdministratorAppointed(Guid CaseId, Guid FirmId, bool Interim, DateOnly AppointedOn) : IIntegrationEvent;

/// <summary>
/// Another module (tax, wages …) reports a claim line for the register, keyed by (<c>SourceModule</c>, <c>SourceId</c>):
/// the register inserts it once and updates it on later reports, never a second line. Classes are the names of the
/// Cases <c>PriorityClass</c> and <c>VotingClass</c> enums. <c>CreditorId</c> (a USCC) makes every line of one creditor
/// one head in a vote; <c>SocialInsurance</c> marks social insurance outside the employee class (art. 83). A line the
/// reporting module had reviewed carries its review (<c>Review</c>: <c>Confirmed</c>, <c>PartlyConfirmed</c> or
/// <c>Rejected</c>, with the amount confirmed, the reason and the date), recorded as the administrator's review.
/// <c>ReportedAt</c> (when the source changed the line) keeps an older report, delivered late, from overwriting a newer one.
/// </summary>
public sealed record ClaimLineReported(
    Guid CaseId, string SourceModule, string SourceId, string Creditor, string PriorityClass, string VotingClass,
    decimal Principal, decimal Interest, decimal Other, DateOnly DeclaredOn, string? CreditorId = null, bool SocialInsurance = false,
    string? Review = null, decimal? Confirmed = null, string? ReviewReason = null, DateOnly? ReviewedOn = null, DateTimeOffset? ReportedAt = null) : IIntegrationEvent;

/// <summary>The court set (or changed) the claim period (art. 45): what follows the claim deadline (the tax bureau's declaration item) moves with it.</summary>
public sealed record ClaimPeriodSet(Guid CaseId, DateOnly AnnouncedOn, DateOnly ClaimDeadline) : IIntegrationEvent;
