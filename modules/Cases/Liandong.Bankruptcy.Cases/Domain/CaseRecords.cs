using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>What a case is registered with besides its number, procedure, judge and debtors.</summary>
public sealed record CaseIntake(IReadOnlyList<string> Panel, bool FastTrack, DateOnly? ReceivedOn, EnforcementTransfer? Transfer, DateOnly? PrePackagedFrom);

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
