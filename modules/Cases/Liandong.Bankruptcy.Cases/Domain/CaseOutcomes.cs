using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

public enum AdvanceOutcome
{
    Advanced,
    [Refusal(409, "cases.invalid_transition")]
    NotAllowed,
    [Refusal(409, "cases.plan_period_already_extended")]
    AlreadyExtended,
    [Refusal(422, "cases.plan_period_expired")]
    PeriodExpired,
    [Refusal(422, "cases.ruling_before_receipt")]
    BeforeReceipt,
    [Refusal(422, "cases.composition_by_debtor_only")]
    CompositionNotByDebtor,
    [Refusal(422, "cases.liquidation_only_applicant")]
    LiquidationOnlyApplicant,
    [Refusal(422, "cases.conversion_creditor_petition_only")]
    NotCreditorPetition,
    [Refusal(422, "cases.reorganization_conversion_applicant")]
    ConversionApplicantNotAllowed,
    [Refusal(422, "cases.investor_share_below_one_tenth")]
    InvestorShareTooSmall,
    [Refusal(409, "cases.supplement_pending")]
    SupplementPending,
    [Refusal(409, "cases.no_supplement_requested")]
    NoSupplementRequested,
    [Refusal(409, "cases.no_review_period")]
    NoReviewPeriod,
    [Refusal(409, "cases.review_already_extended")]
    ReviewAlreadyExtended,
    [Refusal(422, "cases.plan_approval_without_vote")]
    NoPlanVote,
    [Refusal(422, "cases.plan_approval_basis")]
    PlanBasisMismatch,
    [Refusal(422, "cases.supervision_ends_before_approval")]
    SupervisionBeforeApproval,
}

public enum AppointOutcome
{
    Appointed,
    [Refusal(409, "cases.not_in_procedure")]
    NotInProcedure,
    [Refusal(409, "cases.not_pre_packaged")]
    NotPrePackaged,
}

public enum MeetOutcome
{
    Met,
    [Refusal(404, "platform.not_found")]
    NoSuchDeadline,
    [Refusal(409, "cases.deadline_closed")]
    Closed,
    [Refusal(422, "cases.met_before_start")]
    BeforeStart,
    [Refusal(409, "cases.period_not_a_duty")]
    NotADuty,
}

public enum ClaimPeriodOutcome
{
    Set,
    [Refusal(409, "cases.not_in_procedure")]
    NotInProcedure,
    [Refusal(422, "cases.announced_before_acceptance")]
    AnnouncedBeforeAcceptance,
    [Refusal(422, "cases.claim_period_out_of_bounds")]
    OutOfBounds,
}

public enum ApplicationOutcome
{
    Received,
    [Refusal(409, "cases.not_in_procedure")]
    NotInProcedure,
    [Refusal(422, "cases.forced_approval_without_adopting_class")]
    NoAdoptingClass,
}
