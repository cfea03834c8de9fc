using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Contracts;

/// <summary>A coordination item was completed by its unit, by hand (completions by a module's <see cref="ItemKindDone"/> publish nothing: that module knows).</summary>
public sealed record CoordinationItemCompleted(Guid ItemId, Guid? CaseId, string Kind, Guid UnitId, DateOnly CompletedOn) : IIntegrationEvent;

/// <summary>
/// Published by another module when it did what an item of <c>Kind</c> on the case asks (the tax claim declared, the
/// company deregistered …): Coordination completes the case's open items of that kind. Kinds are the template keys
/// (<see cref="ItemKinds"/>).
/// </summary>
public sealed record ItemKindDone(Guid CaseId, string Kind, DateOnly On, string Result) : IIntegrationEvent;

/// <summary>
/// Published by another module when its step on a case needs a unit's work (Credit: one repair application fanned out
/// to every target unit): Coordination makes one item for the county's first active unit of <c>UnitKind</c> (the name
/// of the Platform <c>UnitKind</c>; the office when there is none), due <c>DueDays</c> (working days when
/// <c>WorkingDays</c>) after <c>On</c>. Once per <c>SourceKey</c>: a redelivery makes nothing. The module completes it
/// with <see cref="ItemKindDone"/>.
/// </summary>
public sealed record ItemRequested(
    Guid CaseId, string Kind, string UnitKind, string Title, string Basis, int DueDays, bool WorkingDays, DateOnly On, string SourceKey) : IIntegrationEvent;

/// <summary>
/// Published by another module when a case poses a major risk (policy 二(五); Wages: a list past the county's
/// stability-risk thresholds): Coordination opens a matter of <c>Kind</c> (<c>SocialStability</c>, <c>FinancialRisk</c>,
/// <c>ProblemHousing</c>) at <c>Level</c> (<c>General</c>, <c>Serious</c>, <c>Major</c>) linked to the case, owned by the
/// accountable head of the county's petitions unit (the office's when there is none). Once per <c>SourceKey</c>.
/// </summary>
public sealed record RiskReported(Guid CaseId, string Kind, string Level, string Title, string Description, DateOnly On, string SourceKey) : IIntegrationEvent;

/// <summary>The kinds of the default template (联动事项清单), so that modules can name them in <see cref="ItemKindDone"/>.</summary>
public static class ItemKinds
{
    public const string NotifyAcceptance = "court.notify_acceptance";
    public const string StayEnforcement = "enforcement.stay_and_lift";
    public const string TaxClaims = "tax.declare_claims";
    public const string TaxLiftPreservation = "tax.lift_preservation";
    public const string PublishBankruptcy = "market.publish_status";
    public const string WageVerification = "hrss.verify_arrears";
    public const string MedicalArrears = "medical.verify_arrears";
    public const string PropertyQuery = "resources.property_query";
    public const string TakeoverHelp = "police.takeover_help";
    public const string BankAccounts = "bank.accounts";
    public const string TaxClearance = "tax.clearance_document";
    public const string Deregistration = "market.deregistration";
    public const string SealCancellation = "police.seal_cancellation";
    public const string AccountClosure = "bank.account_closure";
    public const string SocialInsuranceDeregistration = "hrss.social_insurance_deregistration";
    public const string AdHoc = "adhoc";
    public const string MeetingDecision = "meeting.decision";
    public const string EvasionLead = "evasion.lead";
}

/// <summary>
/// Where a module does the work of items whose kind starts with <c>KindPrefix</c> (the tax bureau's items on the case's
/// tax page …): the item page links there (<c>UrlFormat</c> with the case id as {0}) for users holding <c>Permission</c>.
/// Register one as a singleton.
/// </summary>
public sealed record ItemWorkPage(string KindPrefix, string UrlFormat, string Permission);
