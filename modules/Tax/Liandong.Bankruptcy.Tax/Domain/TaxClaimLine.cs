using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Tax.Domain;

/// <summary>
/// One line the tax bureau declared on a case: a tax type (or a social insurance) for a period, its principal, the late
/// fee computed to the acceptance date, any penalty or fine; and the administrator's review. Each part with an amount
/// becomes one line of the Cases claims register, in its class, keyed by this line and the part.
/// </summary>
internal sealed class TaxClaimLine : Entity, ITenantOwned
{
    public const int MaxTaxType = 50;

    private TaxClaimLine()
    {
    }

    public TaxClaimLine(Guid caseId, int number, int declaration, TaxLineDeclaration d, DateOnly acceptedOn, DateOnly declaredOn, bool supplementary,
        TaxClaimClass socialInsuranceLateFeeClass, TaxClaimClass socialInsuranceFineClass)
    {
        CaseId = caseId;
        Number = number;
        Declaration = declaration;
        (Kind, TaxType, PeriodFrom, PeriodTo, DueDate) = (d.Kind, d.TaxType, d.PeriodFrom, d.PeriodTo, d.DueDate);
        (Principal, PersonalAccount, Penalty, PenaltyDecision) = (d.Principal, d.Kind == TaxLineKind.SocialInsurance ? d.PersonalAccount : 0, d.Penalty, d.PenaltyDecision);
        var fee = LateFee.Compute(d.Principal, d.DueDate, acceptedOn);
        (LateFeeDays, LateFeeAmount) = (fee.Days, fee.Amount);
        (DeclaredOn, Supplementary) = (declaredOn, supplementary);
        (LateFeeClass, PenaltyClass) = d.Kind == TaxLineKind.SocialInsurance
            ? (socialInsuranceLateFeeClass, socialInsuranceFineClass)
            : (TaxClaimClass.Ordinary, TaxClaimClass.Subordinated);
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The line's number in the case's tax claims, in declaration order.</summary>
    public int Number { get; private set; }

    /// <summary>The declaration (1, 2 …) the line came in.</summary>
    public int Declaration { get; private set; }

    public TaxLineKind Kind { get; private set; }

    /// <summary>The tax type (增值税, 企业所得税 …) or the insurance (基本养老保险 …).</summary>
    public string TaxType { get; private set; } = "";

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    /// <summary>The payment due date (缴款期限) the late fee counts from.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The unpaid tax, or the whole unpaid contribution (its personal-account part included).</summary>
    public decimal Principal { get; private set; }

    /// <summary>Of a social-insurance contribution, the part owed to the employees' personal accounts (class ①); 0 for a tax.</summary>
    public decimal PersonalAccount { get; private set; }

    public int LateFeeDays { get; private set; }

    public decimal LateFeeAmount { get; private set; }

    /// <summary>A tax penalty or a social-insurance fine decided before acceptance (or, supplementary, before the first vote).</summary>
    public decimal Penalty { get; private set; }

    public string? PenaltyDecision { get; private set; }

    /// <summary>The class of the late fee and of the penalty, fixed when declared (for social insurance, the county's setting then).</summary>
    public TaxClaimClass LateFeeClass { get; private set; }

    public TaxClaimClass PenaltyClass { get; private set; }

    public DateOnly DeclaredOn { get; private set; }

    /// <summary>Declared after the claim deadline, before the first vote (补充申报).</summary>
    public bool Supplementary { get; private set; }

    public TaxLineReview Review { get; private set; }

    public decimal? ConfirmedPrincipal { get; private set; }

    public decimal? ConfirmedPersonalAccount { get; private set; }

    public decimal? ConfirmedLateFee { get; private set; }

    public decimal? ConfirmedPenalty { get; private set; }

    public string? ReviewReason { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    /// <summary>Whether the line's parts were reported to the claims register (so a later rejection is reported too).</summary>
    public bool Reported { get; private set; }

    public decimal Declared => Principal + LateFeeAmount + Penalty;

    public decimal? Confirmed => Review == TaxLineReview.Pending ? null : ConfirmedPrincipal + ConfirmedLateFee + ConfirmedPenalty;

    public LateFeeComputation LateFeeComputation(DateOnly acceptedOn) => LateFee.Compute(Principal, DueDate, acceptedOn);

    /// <summary>
    /// The register lines this line becomes, each part with an amount declared: a tax's principal in class ②, its late
    /// fee in class ③, its penalty subordinated; a contribution's personal-account part in class ①, the rest in class ②
    /// (social insurance outside the employee class, art. 83), its late fee and fine in the county's classes.
    /// </summary>
    public IEnumerable<TaxClaimPart> Parts()
    {
        var tax = Kind == TaxLineKind.Tax;
        var parts = new List<TaxClaimPart>
        {
            new(TaxLinePart.Principal, TaxClaimClass.TaxAndSocialInsurance, !tax, Principal - PersonalAccount,
                ConfirmedPrincipal is { } p ? p - (ConfirmedPersonalAccount ?? 0) : null),
            new(TaxLinePart.PersonalAccount, TaxClaimClass.Employee, false, PersonalAccount, ConfirmedPersonalAccount),
            new(TaxLinePart.LateFee, LateFeeClass, false, LateFeeAmount, ConfirmedLateFee),
            new(TaxLinePart.Penalty, PenaltyClass, false, Penalty, ConfirmedPenalty),
        };
        return parts.Where(p => p.Declared > 0);
    }

    /// <summary>
    /// The administrator's review: confirmed as declared, adjusted (amounts per part, none above what was declared, at
    /// least one below, with a reason), or rejected (with a reason). Until the court confirms the register, a line may be
    /// reviewed again.
    /// </summary>
    public TaxReviewOutcome ReviewAs(TaxLineReview review, TaxPartAmounts? adjusted, string? reason, DateOnly on)
    {
        var amounts = review switch
        {
            TaxLineReview.Confirmed => new TaxPartAmounts(Principal, PersonalAccount, LateFeeAmount, Penalty),
            TaxLineReview.Rejected => new TaxPartAmounts(0, 0, 0, 0),
            TaxLineReview.Adjusted when adjusted is not null => adjusted with
            {
                PersonalAccount = Kind == TaxLineKind.Tax ? 0 : adjusted.PersonalAccount,
            },
            _ => null,
        };
        if (amounts is null || (review != TaxLineReview.Confirmed && string.IsNullOrWhiteSpace(reason)))
        {
            return TaxReviewOutcome.ReasonRequired;
        }

        if (review == TaxLineReview.Adjusted)
        {
            var within = amounts.Principal <= Principal && amounts.PersonalAccount <= PersonalAccount && amounts.LateFee <= LateFeeAmount
                         && amounts.Penalty <= Penalty && amounts.PersonalAccount <= amounts.Principal
                         && amounts.Principal - amounts.PersonalAccount <= Principal - PersonalAccount;
            var changed = amounts != new TaxPartAmounts(Principal, PersonalAccount, LateFeeAmount, Penalty);
            if (!within || !changed)
            {
                return TaxReviewOutcome.AdjustmentOutOfRange;
            }
        }

        (Review, ReviewReason, ReviewedOn) = (review, review == TaxLineReview.Confirmed ? null : reason!.Trim(), on);
        (ConfirmedPrincipal, ConfirmedPersonalAccount, ConfirmedLateFee, ConfirmedPenalty) = (amounts.Principal, amounts.PersonalAccount, amounts.LateFee, amounts.Penalty);
        return TaxReviewOutcome.Done;
    }

    /// <summary>Whether this review is one the claims register must hear of: a confirmed or adjusted line, or a rejection of a line it already holds.</summary>
    public bool ToReport => Review is TaxLineReview.Confirmed or TaxLineReview.Adjusted || (Review == TaxLineReview.Rejected && Reported);

    public void MarkReported() => Reported = true;
}

/// <summary>What one line declares, as the bureau enters it.</summary>
internal sealed record TaxLineDeclaration(
    TaxLineKind Kind, string TaxType, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly DueDate, decimal Principal, decimal PersonalAccount,
    decimal Penalty, string? PenaltyDecision);

/// <summary>Amounts per part, as declared or as the administrator adjusted them.</summary>
internal sealed record TaxPartAmounts(decimal Principal, decimal PersonalAccount, decimal LateFee, decimal Penalty);

/// <summary>One part of a line in its class: what was declared and what the review confirmed (null while unreviewed).</summary>
internal sealed record TaxClaimPart(TaxLinePart Part, TaxClaimClass Class, bool SocialInsurance, decimal Declared, decimal? Confirmed)
{
    /// <summary>The Cases voting class of the part (art. 82): class ① votes with the employees, class ② with tax, the rest as ordinary creditors.</summary>
    public string VotingClass => Class switch
    {
        TaxClaimClass.Employee => "Employee",
        TaxClaimClass.TaxAndSocialInsurance => "Tax",
        _ => "Ordinary",
    };
}

public enum TaxReviewOutcome
{
    Done,
    [Platform.Refusal(422, "tax.review_reason_required")]
    ReasonRequired,
    [Platform.Refusal(422, "tax.adjustment_out_of_range")]
    AdjustmentOutOfRange,
}
