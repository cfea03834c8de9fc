namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>
/// The states of a case per procedure (domain.md, "Procedures and their states"). Dated milestones (announcement, claim
/// deadline, first meeting, plan due) are not states. 终结 (<see cref="Terminated"/>, arts. 43, 105, 108, 120) and 终止
/// (the end of a reorganization or composition procedure: <see cref="PlanExecution"/>, <see cref="CompositionExecution"/>)
/// are distinct outcomes.
/// </summary>
public enum CaseState
{
    Registered,
    NotAccepted,             // 不予受理 (appeal within 10 days, art. 12)
    Accepted,                // 受理, liquidation before declaration
    Declared,                // 宣告破产 (art. 107)
    Realization,             // 变价 (arts. 111–112)
    Distribution,            // 分配 (art. 113)
    Terminated,              // 终结: arts. 43, 105, 108, 120
    ReorganizationRuled,     // 重整裁定; plan drafting (art. 79)
    PlanSubmitted,           // 重整计划草案提交, vote (arts. 84–87)
    PlanExecution,           // plan approved, reorganization procedure ended (终止), execution under supervision (arts. 86–91)
    PlanCarriedOut,          // 重整计划执行完毕
    CompositionRuled,        // 和解裁定 (art. 96)
    CompositionExecution,    // agreement approved, composition procedure ended (终止, art. 98)
    CompositionCarriedOut,   // 和解协议执行完毕
    Dismissed,               // 驳回申请 after acceptance, before declaration (art. 12(2); appeal within 10 days)
}

/// <summary>What a judge does to a case; each needs a ruling (or decision) and, where the law gives several, its basis.</summary>
public enum CaseAction
{
    AcceptLiquidation,
    AcceptReorganization,     // art. 70(1): the application itself is for reorganization
    AcceptComposition,        // art. 95
    RejectApplication,        // art. 12
    DeclareBankruptcy,        // art. 107
    StartRealization,         // arts. 111–112
    StartDistribution,        // arts. 113–115
    Terminate,                // 终结: basis 43, 105, 108 or 120
    ConvertToReorganization,  // art. 70(2), before declaration
    ConvertToComposition,     // art. 95, before declaration
    SubmitPlan,               // art. 79
    ApprovePlan,              // arts. 86, 87
    PlanCarriedOut,
    ApproveComposition,       // art. 98
    CompositionCarriedOut,
    ConvertToLiquidation,     // declared bankrupt: arts. 78, 79(3), 88, 93, 99, 103, 104
    ExtendPlanPeriod,         // art. 79(2): the plan period extended by 3 months, once; the state stays
    RequestTermination,       // art. 120: the administrator's request to terminate received; the court rules within 15 days
    AppointAdministrator,     // arts. 13, 22: the administrator appointed (or replaced) by decision; not in the transition table
    AppointInterimAdministrator, // SPC 2018 minutes §22: an interim administrator for the pre-packaged stage
    DismissApplication,       // art. 12(2): the application dismissed after acceptance, before declaration
    RequestSupplement,        // Interpretation I art. 7: the applicant told to supplement its materials; the review period pauses
    SupplementReceived,       // the supplemented materials received; the review period runs on
    ExtendReview,             // art. 10(3): the review period extended by 15 days with the higher court's approval, once
}

/// <summary>Who applied for bankruptcy (art. 7), or the enforcement court's transfer (执转破, 法发〔2017〕2号).</summary>
public enum Applicant
{
    Debtor,                   // art. 7(1)
    Creditor,                 // art. 7(2)
    LiquidationDutyHolder,    // art. 7(3): liquidation only
    EnforcementTransfer,
}

/// <summary>Who applied for a conversion during the case: composition by the debtor only (art. 95); reorganization by the debtor or investors (art. 70(2)).</summary>
public enum ConversionApplicant
{
    Debtor,
    Creditor,
    Investor,                 // investors holding at least one tenth of the registered capital (art. 70(2))
}

/// <summary>A conversion's applicant; for investors, the capital they hold and the debtor's registered capital.</summary>
public sealed record ConversionApplication(ConversionApplicant By, decimal? CapitalHeld = null, decimal? RegisteredCapital = null)
{
    /// <summary>At least one tenth (以上 includes the number): held × 10 ≥ registered, compared exactly (art. 70(2)).</summary>
    public bool HoldsOneTenth => CapitalHeld is { } held && RegisteredCapital is { } registered && registered > 0 && held * 10 >= registered;
}

/// <summary>The article a transition rests on, where the law offers several.</summary>
public enum LegalBasis
{
    None,
    Art43,    // no property even for the expenses: terminated at once (the administrator's request, art. 43(4))
    Art78,    // reorganization converted during the procedure
    Art79,    // plan not submitted in time (art. 79(3))
    Art88,    // plan not adopted or not approved
    Art93,    // plan cannot be carried out
    Art99,    // composition agreement not adopted or not approved
    Art103,   // composition agreement obtained by fraud or other illegal means
    Art104,   // composition agreement cannot be carried out
    Art105,   // all creditors settle with the debtor (company survives)
    Art108,   // a third party guarantees or pays all debts (company survives)
    Art120,   // no property to distribute, or the final distribution done
    Art86,    // plan adopted by every voting class and approved (art. 86)
    Art87,    // plan approved over a rejecting class (art. 87(2))
}

/// <summary>
/// The transition table: from which states each action may be taken, with which bases, and where it leads (a null
/// target keeps the state: a ruling that only moves a deadline). An action outside this table is refused
/// (409 <c>cases.invalid_transition</c>).
/// </summary>
public static class CaseTransitions
{
    /// <summary>
    /// The states of a case still before the court (for long-pending flags and the fast-track target): accepted and
    /// neither terminated nor ended by an approved plan or agreement.
    /// </summary>
    public static readonly CaseState[] Pending =
    [
        CaseState.Accepted, CaseState.Declared, CaseState.Realization, CaseState.Distribution,
        CaseState.ReorganizationRuled, CaseState.PlanSubmitted, CaseState.CompositionRuled,
    ];

    private sealed record Rule(CaseAction Action, CaseState[] From, LegalBasis[] Bases, CaseState? To, Procedure? Procedure);

    private static readonly CaseState[] BeforeDeclaration = [CaseState.Accepted];
    private static readonly CaseState[] DuringReorganization = [CaseState.ReorganizationRuled, CaseState.PlanSubmitted];

    /// <summary>Accepted and not yet declared bankrupt, in any procedure (arts. 12(2), 108).</summary>
    private static readonly CaseState[] Undeclared = [CaseState.Accepted, CaseState.ReorganizationRuled, CaseState.PlanSubmitted, CaseState.CompositionRuled];

    /// <summary>Not accepted or dismissed: a higher court that reverses the ruling on appeal orders acceptance (art. 12).</summary>
    private static readonly CaseState[] Reviewable = [CaseState.Registered, CaseState.NotAccepted, CaseState.Dismissed];

    private static readonly Rule[] Rules =
    [
        new(CaseAction.AcceptLiquidation, Reviewable, [LegalBasis.None], CaseState.Accepted, Procedure.Liquidation),
        new(CaseAction.AcceptReorganization, Reviewable, [LegalBasis.None], CaseState.ReorganizationRuled, Procedure.Reorganization),
        new(CaseAction.AcceptComposition, Reviewable, [LegalBasis.None], CaseState.CompositionRuled, Procedure.Composition),
        new(CaseAction.RejectApplication, [CaseState.Registered], [LegalBasis.None], CaseState.NotAccepted, null),
        new(CaseAction.RequestSupplement, [CaseState.Registered], [LegalBasis.None], null, null),
        new(CaseAction.SupplementReceived, [CaseState.Registered], [LegalBasis.None], null, null),
        new(CaseAction.ExtendReview, [CaseState.Registered], [LegalBasis.None], null, null),
        new(CaseAction.DismissApplication, Undeclared, [LegalBasis.None], CaseState.Dismissed, null),
        new(CaseAction.DeclareBankruptcy, BeforeDeclaration, [LegalBasis.None], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.StartRealization, [CaseState.Declared], [LegalBasis.None], CaseState.Realization, null),
        new(CaseAction.StartDistribution, [CaseState.Declared, CaseState.Realization], [LegalBasis.None], CaseState.Distribution, null),
        new(CaseAction.Terminate, [CaseState.Accepted, CaseState.Declared, CaseState.Realization], [LegalBasis.Art43], CaseState.Terminated, null),
        new(CaseAction.Terminate, Pending, [LegalBasis.Art105], CaseState.Terminated, null), // any time after acceptance
        new(CaseAction.Terminate, Undeclared, [LegalBasis.Art108], CaseState.Terminated, null), // before declaration
        new(CaseAction.Terminate, [CaseState.Declared, CaseState.Realization, CaseState.Distribution], [LegalBasis.Art120], CaseState.Terminated, null),
        new(CaseAction.ConvertToReorganization, BeforeDeclaration, [LegalBasis.None], CaseState.ReorganizationRuled, Procedure.Reorganization),
        new(CaseAction.ConvertToComposition, BeforeDeclaration, [LegalBasis.None], CaseState.CompositionRuled, Procedure.Composition),
        new(CaseAction.SubmitPlan, [CaseState.ReorganizationRuled], [LegalBasis.None], CaseState.PlanSubmitted, null),
        new(CaseAction.ApprovePlan, [CaseState.PlanSubmitted], [LegalBasis.Art86, LegalBasis.Art87], CaseState.PlanExecution, null),
        new(CaseAction.PlanCarriedOut, [CaseState.PlanExecution], [LegalBasis.None], CaseState.PlanCarriedOut, null),
        new(CaseAction.ConvertToLiquidation, DuringReorganization, [LegalBasis.Art78], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.ConvertToLiquidation, [CaseState.ReorganizationRuled], [LegalBasis.Art79], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.ConvertToLiquidation, [CaseState.PlanSubmitted], [LegalBasis.Art88], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.ConvertToLiquidation, [CaseState.PlanExecution], [LegalBasis.Art93], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.ApproveComposition, [CaseState.CompositionRuled], [LegalBasis.None], CaseState.CompositionExecution, null),
        new(CaseAction.CompositionCarriedOut, [CaseState.CompositionExecution], [LegalBasis.None], CaseState.CompositionCarriedOut, null),
        new(CaseAction.ConvertToLiquidation, [CaseState.CompositionRuled], [LegalBasis.Art99], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.ConvertToLiquidation, [CaseState.CompositionExecution], [LegalBasis.Art103, LegalBasis.Art104], CaseState.Declared, Procedure.Liquidation),
        new(CaseAction.ExtendPlanPeriod, [CaseState.ReorganizationRuled], [LegalBasis.None], null, null),
        new(CaseAction.RequestTermination, [CaseState.Accepted, CaseState.Declared, CaseState.Realization], [LegalBasis.Art43], null, null), // art. 43(4)
        new(CaseAction.RequestTermination, [CaseState.Declared, CaseState.Realization, CaseState.Distribution], [LegalBasis.Art120], null, null),
    ];

    /// <summary>Where <paramref name="action"/> on <paramref name="basis"/> leads from <paramref name="from"/>, or null when the law does not allow it.</summary>
    public static (CaseState To, Procedure? Procedure)? Find(CaseState from, CaseAction action, LegalBasis basis) =>
        Rules.FirstOrDefault(r => r.Action == action && r.From.Contains(from) && r.Bases.Contains(basis)) is { } rule
            ? (rule.To ?? from, rule.Procedure)
            : null;

    /// <summary>The actions (with their bases) the law allows from a state, for the page's buttons.</summary>
    public static IEnumerable<(CaseAction Action, LegalBasis Basis)> From(CaseState state) =>
        Rules.Where(r => r.From.Contains(state)).SelectMany(r => r.Bases.Select(b => (r.Action, b)));


    /// <summary>The states in which a case is over: nothing more happens in it unless a refusal is reversed on appeal.</summary>
    public static readonly CaseState[] Ended =
    [
        CaseState.NotAccepted, CaseState.Dismissed, CaseState.Terminated, CaseState.PlanCarriedOut, CaseState.CompositionCarriedOut,
    ];

    /// <summary>Only a company whose liquidation terminated under arts. 43 or 120 is deregistered (art. 121).</summary>
    public static bool LeadsToDeregistration(CaseState state, LegalBasis basis) =>
        state == CaseState.Terminated && basis is LegalBasis.Art43 or LegalBasis.Art120;
}
