using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Tax.Domain;

/// <summary>
/// A case's tax file (its id is the case's): what Tax keeps of the case (a local copy through <see cref="ICaseQueries"/>,
/// refreshed before every step), the bureau's claim lines and their review, the preservation it lifted, the
/// abnormal-taxpayer status, taxes arising after acceptance, the clearance document after a terminated liquidation and
/// the credit repair after an approved plan or composition. One aggregate, so a step sees the whole file at the version
/// the user saw.
/// </summary>
internal sealed class TaxCase : AggregateRoot, ITenantOwned
{
    public const int MaxLines = 2000;

    private static readonly string[] PlanStates = ["PlanExecution", "PlanCarriedOut", "CompositionExecution", "CompositionCarriedOut"];

    private TaxCase()
    {
    }

    public TaxCase(Guid caseId) => Id = caseId;

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? DebtorName { get; private set; }

    public string? DebtorUscc { get; private set; }

    public string Procedure { get; private set; } = "";

    public string State { get; private set; } = "";

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? ClaimDeadline { get; private set; }

    public Guid? AdministratorFirmId { get; private set; }

    /// <summary>The Cases timeline length of the read this copy holds: an older read is never applied.</summary>
    public int Sequence { get; private set; } = -1;

    /// <summary>The creditor every line is declared as (the tax bureau), and its unified social credit code when the county set one: one creditor, one ballot.</summary>
    public string? Creditor { get; private set; }

    public string? CreditorId { get; private set; }

    public int Declarations { get; private set; }

    public List<TaxClaimLine> Lines { get; private set; } = [];

    public DateOnly? PreservationLiftedOn { get; private set; }

    public string[] PreservationMeasures { get; private set; } = [];

    public DateOnly? AbnormalSince { get; private set; }

    public string? AbnormalReason { get; private set; }

    public DateOnly? ReturnsFiledOn { get; private set; }

    public string? PenaltyDecision { get; private set; }

    public DateOnly? AbnormalLiftedOn { get; private set; }

    public List<PostAcceptanceTax> PostAcceptanceTaxes { get; private set; } = [];

    /// <summary>The liquidation's termination (arts. 43, 120): the clearance document is due from then.</summary>
    public DateOnly? TerminatedOn { get; private set; }

    public string? ClearanceNumber { get; private set; }

    public DateOnly? ClearanceIssuedOn { get; private set; }

    public decimal? PaidInDistribution { get; private set; }

    public decimal? WrittenOff { get; private set; }

    public CreditRepairStatus CreditRepair { get; private set; }

    public DateOnly? CreditRequestedOn { get; private set; }

    public DateOnly? CreditDecidedOn { get; private set; }

    public string? CreditRating { get; private set; }

    public string? CreditRefusalReason { get; private set; }

    public bool AbnormalTaxpayer => AbnormalSince is not null && AbnormalLiftedOn is null;

    /// <summary>What the administrator confirmed of the bureau's claims (unreviewed and rejected lines count nothing).</summary>
    public decimal ConfirmedTotal => Lines.Sum(l => l.Confirmed ?? 0);

    /// <summary>Takes the case as <paramref name="summary"/> read it, unless this copy holds a newer read.</summary>
    public void Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return;
        }

        (CaseNumber, Procedure, State, AcceptedOn, AdministratorFirmId, Sequence) =
            (summary.CaseNumber, summary.Procedure, summary.State, summary.Dates.AcceptedOn, summary.AdministratorFirmId, summary.Sequence);
        ClaimDeadline = summary.Deadlines.FirstOrDefault(d => d.Kind == "ClaimDeadline")?.Due;
        var names = string.Join("、", summary.Debtors.Select(d => d.Name));
        DebtorName = names.Length == 0 ? null : names.Length <= 300 ? names : names[..299] + "…";
        DebtorUscc = summary.Debtors.Count > 0 ? summary.Debtors[0].Uscc : null;
    }

    /// <summary>
    /// A declaration by the bureau: within the claim period, or after it (supplementary) only before the creditors first
    /// voted; only while the case is in its procedure. The late fees count to the acceptance date.
    /// </summary>
    public TaxOutcome Declare(IReadOnlyList<TaxLineDeclaration> lines, DateOnly declaredOn, DateOnly? firstVoteOn, string creditor, string? creditorId, TaxSettings settings)
    {
        if (AcceptedOn is not { } accepted)
        {
            return TaxOutcome.NotAccepted;
        }

        if (!InProcedure)
        {
            return TaxOutcome.ClaimsClosed;
        }

        if (declaredOn < accepted)
        {
            return TaxOutcome.DateTooEarly;
        }

        var supplementary = declaredOn > ClaimDeadline;
        if (supplementary && firstVoteOn is { } voted && declaredOn >= voted)
        {
            return TaxOutcome.AfterFirstVote;
        }

        if (Lines.Count + lines.Count > MaxLines)
        {
            return TaxOutcome.ClaimsClosed;
        }

        Creditor ??= creditor;
        CreditorId ??= creditorId;
        Declarations++;
        var number = Lines.Count == 0 ? 0 : Lines.Max(l => l.Number);
        foreach (var line in lines)
        {
            Lines.Add(new TaxClaimLine(Id, ++number, Declarations, line, accepted, declaredOn, supplementary,
                settings.SocialInsuranceLateFeeClass, settings.SocialInsuranceFineClass));
        }

        Touch();
        return TaxOutcome.Done;
    }

    /// <summary>Cases in which claims are still declared: accepted, not yet ended, no plan or agreement being carried out.</summary>
    public bool InProcedure => AcceptedOn is not null && State is "Accepted" or "Declared" or "Realization" or "Distribution"
        or "ReorganizationRuled" or "PlanSubmitted" or "CompositionRuled";

    /// <summary>The bureau lifts its preservation measures on the acceptance (EBL art. 19): once, listing them (none held is a valid answer).</summary>
    public TaxOutcome LiftPreservation(IReadOnlyList<string> measures, DateOnly on)
    {
        if (AcceptedOn is not { } accepted)
        {
            return TaxOutcome.NotAccepted;
        }

        if (PreservationLiftedOn is not null)
        {
            return TaxOutcome.AlreadyDone;
        }

        if (on < accepted)
        {
            return TaxOutcome.DateTooEarly;
        }

        (PreservationLiftedOn, PreservationMeasures) = (on, [.. measures]);
        Touch();
        return TaxOutcome.Done;
    }

    /// <summary>The bureau records the debtor as an abnormal taxpayer (非正常户).</summary>
    public TaxOutcome MarkAbnormal(DateOnly since, string reason)
    {
        if (AbnormalTaxpayer)
        {
            return TaxOutcome.AlreadyDone;
        }

        (AbnormalSince, AbnormalReason, ReturnsFiledOn, PenaltyDecision, AbnormalLiftedOn) = (since, reason, null, null, null);
        Touch();
        return TaxOutcome.Done;
    }

    /// <summary>The administrator reports the missing returns filed.</summary>
    public TaxOutcome ReturnsFiled(DateOnly on)
    {
        if (!AbnormalTaxpayer)
        {
            return TaxOutcome.NotAbnormal;
        }

        if (on < AbnormalSince)
        {
            return TaxOutcome.DateTooEarly;
        }

        ReturnsFiledOn = on;
        Touch();
        return TaxOutcome.Done;
    }

    /// <summary>
    /// The bureau lifts the status once the missing returns are filed and any penalty is decided (the decision's number,
    /// or none): from then the administrator issues invoices in the debtor's name.
    /// </summary>
    public TaxOutcome LiftAbnormal(string? penaltyDecision, DateOnly on)
    {
        if (!AbnormalTaxpayer)
        {
            return TaxOutcome.NotAbnormal;
        }

        if (ReturnsFiledOn is not { } filed)
        {
            return TaxOutcome.ReturnsNotFiled;
        }

        if (on < filed)
        {
            return TaxOutcome.DateTooEarly;
        }

        (PenaltyDecision, AbnormalLiftedOn) = (penaltyDecision, on);
        Touch();
        return TaxOutcome.Done;
    }

    /// <summary>A tax arising after acceptance, booked in its class: a sale's tax a bankruptcy expense, continued operation's a common-benefit debt.</summary>
    public TaxOutcome Book(PostAcceptanceTax entry)
    {
        if (AcceptedOn is not { } accepted)
        {
            return TaxOutcome.NotAccepted;
        }

        if (entry.ArisingOn < accepted)
        {
            return TaxOutcome.DateTooEarly;
        }

        PostAcceptanceTaxes.Add(entry);
        Touch();
        return TaxOutcome.Done;
    }

    public void Terminated(DateOnly on)
    {
        TerminatedOn ??= on;
        Touch();
    }

    /// <summary>
    /// The clearance document after a terminated liquidation, on the termination ruling: what the administrator confirmed
    /// of the bureau's claims, less what the distribution paid, is written off (核销死欠). Issued once.
    /// </summary>
    public TaxOutcome IssueClearance(string number, decimal paid, DateOnly on)
    {
        if (TerminatedOn is not { } terminated)
        {
            return TaxOutcome.NotTerminated;
        }

        if (ClearanceIssuedOn is not null)
        {
            return TaxOutcome.AlreadyDone;
        }

        if (on < terminated)
        {
            return TaxOutcome.DateTooEarly;
        }

        if (paid > ConfirmedTotal)
        {
            return TaxOutcome.PaidAboveConfirmed;
        }

        (ClearanceNumber, ClearanceIssuedOn, PaidInDistribution, WrittenOff) = (number, on, paid, ConfirmedTotal - paid);
        Touch();
        return TaxOutcome.Done;
    }

    /// <summary>
    /// The administrator asks for the tax credit to be repaired once the court approved a plan or composition; amounts
    /// left unpaid under the plan do not stand in the way (2025 No. 24). Asked again after a refusal.
    /// </summary>
    public TaxOutcome RequestCreditRepair(DateOnly on)
    {
        if (!PlanStates.Contains(State))
        {
            return TaxOutcome.NoApprovedPlan;
        }

        if (CreditRepair is CreditRepairStatus.Requested or CreditRepairStatus.Repaired)
        {
            return TaxOutcome.AlreadyDone;
        }

        (CreditRepair, CreditRequestedOn, CreditDecidedOn, CreditRating, CreditRefusalReason) = (CreditRepairStatus.Requested, on, null, null, null);
        Touch();
        return TaxOutcome.Done;
    }

    public TaxOutcome DecideCreditRepair(bool repaired, string? rating, string? reason, DateOnly on)
    {
        if (CreditRepair != CreditRepairStatus.Requested)
        {
            return TaxOutcome.NotRequested;
        }

        if (on < CreditRequestedOn)
        {
            return TaxOutcome.DateTooEarly;
        }

        (CreditRepair, CreditDecidedOn, CreditRating, CreditRefusalReason) =
            (repaired ? CreditRepairStatus.Repaired : CreditRepairStatus.Refused, on, repaired ? rating : null, repaired ? null : reason);
        Touch();
        return TaxOutcome.Done;
    }
}

/// <summary>A tax that arose after acceptance, with the invoice the administrator issued in the debtor's name under its seal.</summary>
internal sealed class PostAcceptanceTax : Entity, ITenantOwned
{
    private PostAcceptanceTax()
    {
    }

    public PostAcceptanceTax(Guid caseId, PostAcceptanceSource source, string taxType, decimal amount, DateOnly arisingOn, string? invoiceNumber, string? description)
    {
        CaseId = caseId;
        (Source, TaxType, Amount, ArisingOn, InvoiceNumber, Description) = (source, taxType, amount, arisingOn, invoiceNumber, description);
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public PostAcceptanceSource Source { get; private set; }

    public string TaxType { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateOnly ArisingOn { get; private set; }

    public string? InvoiceNumber { get; private set; }

    public string? Description { get; private set; }

    /// <summary>EBL art. 41 for a sale's tax, art. 42 for continued operation's.</summary>
    public string Class => Source == PostAcceptanceSource.AssetSale ? "BankruptcyExpense" : "CommonBenefitDebt";
}

/// <summary>The county's tax settings: the class of social-insurance late fees and fines ("as the rules provide"), the bureau's code.</summary>
internal sealed class TaxSettings : AggregateRoot, ITenantOwned
{
    public Guid TenantId { get; private set; }

    public TaxClaimClass SocialInsuranceLateFeeClass { get; private set; } = TaxClaimClass.Ordinary;

    public TaxClaimClass SocialInsuranceFineClass { get; private set; } = TaxClaimClass.Subordinated;

    /// <summary>The tax bureau's unified social credit code, so its lines are one creditor in the register whatever the name.</summary>
    public string? CreditorId { get; private set; }

    public void Update(TaxClaimClass lateFees, TaxClaimClass fines, string? creditorId) =>
        (SocialInsuranceLateFeeClass, SocialInsuranceFineClass, CreditorId) = (lateFees, fines, creditorId);
}
