using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>A member of the county's court (a judge), by user id, with the name the county knows them by.</summary>
public sealed record CourtMember(Guid UserId, string Name);

/// <summary>What a case is registered with besides its number, procedure, judge and debtors.</summary>
public sealed record CaseIntake(
    IReadOnlyList<CourtMember> Panel, bool FastTrack, DateOnly? ReceivedOn, EnforcementTransfer? Transfer, DateOnly? PrePackagedFrom, Applicant? Applicant = null);

/// <summary>
/// What a step needs beyond its ruling: who applied for a conversion (arts. 70(2), 95); for a plan's approval, the vote
/// it follows and the end of the supervision period the plan sets (arts. 86, 87, 90).
/// </summary>
public sealed record StepDetails(ConversionApplication? Applied = null, PlanVote? Vote = null, DateOnly? SupervisionUntil = null);

/// <summary>
/// The plan vote an approval follows: the meeting and resolution, the basis the vote gives (art. 86 when every voting
/// class adopted it, art. 87 when the court's ruling approved it over a rejecting class) and the day it closed.
/// </summary>
public sealed record PlanVote(Guid MeetingId, int Resolution, LegalBasis Supports, DateOnly ClosedOn);

/// <summary>
/// The enforcement court's decision to transfer its enforcement case for bankruptcy review (执转破, 法发〔2017〕2号): the
/// court, its enforcement case number, and the decision's number and date.
/// </summary>
public sealed record EnforcementTransfer(string EnforcementCourt, string EnforcementCaseNumber, string DecisionNumber, DateOnly DecidedOn);

/// <summary>The court document a step rests on: its number, date and kind (受理裁定, 宣告破产裁定 …).</summary>
public sealed record Ruling(string Number, DateOnly Date, string Kind);

/// <summary>The procedure of a case (domain.md, "Procedures and their states").</summary>
public enum Procedure
{
    ApplicationReview,
    Liquidation,
    Reorganization,
    Composition,
}
