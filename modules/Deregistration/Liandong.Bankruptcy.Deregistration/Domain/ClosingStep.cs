using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Coordination.Contracts;

namespace Liandong.Bankruptcy.Deregistration.Domain;

/// <summary>What is done after a terminated liquidation, and by whom (domain.md, "Deregistration and registration changes").</summary>
public enum ClosingStepKind
{
    Application,                    // the administrator applies with the termination ruling (art. 121)
    TaxClearance,                   // the tax bureau's clearance document (never a gate)
    Deregistration,                 // market regulation deregisters on the application
    SealCancellation,               // public security
    AccountClosure,                 // the banks
    SocialInsuranceDeregistration,  // human resources and social security
    Customs,                        // where the debtor is registered with customs
}

/// <summary>Which unit's coordination item does each closing step (the default template's kinds); the administrator's application and customs are recorded here.</summary>
internal static class ClosingSteps
{
    public static readonly ClosingStepKind[] Always =
    [
        ClosingStepKind.Application, ClosingStepKind.TaxClearance, ClosingStepKind.Deregistration, ClosingStepKind.SealCancellation,
        ClosingStepKind.AccountClosure, ClosingStepKind.SocialInsuranceDeregistration,
    ];

    public static readonly IReadOnlyDictionary<string, ClosingStepKind> ByItemKind = new Dictionary<string, ClosingStepKind>
    {
        [ItemKinds.TaxClearance] = ClosingStepKind.TaxClearance,
        [ItemKinds.Deregistration] = ClosingStepKind.Deregistration,
        [ItemKinds.SealCancellation] = ClosingStepKind.SealCancellation,
        [ItemKinds.AccountClosure] = ClosingStepKind.AccountClosure,
        [ItemKinds.SocialInsuranceDeregistration] = ClosingStepKind.SocialInsuranceDeregistration,
    };
}

/// <summary>One closing step of a case: done on a date with its result (the unit's answer, the document).</summary>
internal sealed class ClosingStep : Entity, ITenantOwned
{
    public const int MaxResult = 500;

    private ClosingStep()
    {
    }

    public ClosingStep(Guid caseId, ClosingStepKind kind) => (CaseId, Kind) = (caseId, kind);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public ClosingStepKind Kind { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public string? Result { get; private set; }

    public void Done(DateOnly on, string? result) => (DoneOn, Result) = (on, result is null || result.Length <= MaxResult ? result : result[..(MaxResult - 1)] + "…");
}
