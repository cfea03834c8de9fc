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
