using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Tax.Domain;

/// <summary>What a declared line is: a tax (per tax type and period) or a social-insurance contribution (per insurance and period).</summary>
public enum TaxLineKind
{
    Tax,
    SocialInsurance,
}

/// <summary>The distribution classes a tax line's parts fall in: the names of the Cases <c>PriorityClass</c> members they are reported as.</summary>
public enum TaxClaimClass
{
    Employee,              // class ①: social insurance owed to the employees' personal accounts (art. 113(1))
    TaxAndSocialInsurance, // class ②: tax principal and the other social insurance (art. 113(2))
    Ordinary,              // class ③: tax late fees up to acceptance
    Subordinated,          // after ordinary claims: penalties and fines (SPC 2018 minutes art. 28)
}

/// <summary>The part of a line that becomes one line of the claims register.</summary>
public enum TaxLinePart
{
    Principal,       // tax, or the social insurance outside the personal accounts
    PersonalAccount, // social insurance owed to the employees' personal accounts
    LateFee,
    Penalty,         // tax penalty, social-insurance fine
}

/// <summary>The administrator's review of a declared line.</summary>
public enum TaxLineReview
{
    Pending,
    Confirmed,
    Adjusted,
    Rejected,
}

/// <summary>Where a tax that arose after acceptance came from, which decides its class.</summary>
public enum PostAcceptanceSource
{
    AssetSale,          // a bankruptcy expense (EBL art. 41)
    ContinuedOperation, // a common-benefit debt (EBL art. 42)
}

public enum CreditRepairStatus
{
    None,
    Requested,
    Repaired,
    Refused,
}

/// <summary>What a step on a case's tax file came to; the refusing members carry their answer.</summary>
public enum TaxOutcome
{
    Done,
    [Refusal(409, "tax.case_not_accepted")]
    NotAccepted,
    [Refusal(409, "tax.claims_closed")]
    ClaimsClosed,
    [Refusal(409, "tax.supplementary_after_first_vote")]
    AfterFirstVote,
    [Refusal(409, "tax.already_done")]
    AlreadyDone,
    [Refusal(409, "tax.not_abnormal")]
    NotAbnormal,
    [Refusal(409, "tax.returns_not_filed")]
    ReturnsNotFiled,
    [Refusal(409, "tax.not_terminated")]
    NotTerminated,
    [Refusal(409, "tax.no_approved_plan")]
    NoApprovedPlan,
    [Refusal(409, "tax.not_requested")]
    NotRequested,
    [Refusal(422, "tax.date_before")]
    DateTooEarly,
    [Refusal(422, "tax.paid_above_confirmed")]
    PaidAboveConfirmed,
}
