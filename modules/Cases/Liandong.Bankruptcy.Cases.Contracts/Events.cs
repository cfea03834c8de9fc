using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Events;

/// <summary>A bankruptcy case was registered in its county (ids only: envelopes sit outside row-level security).</summary>
public sealed record CaseRegistered(Guid CaseId, string CaseNumber, string Procedure) : IIntegrationEvent;

/// <summary>A case moved from one state to another by a ruling (names of the Cases enums, so consumers need no internals).</summary>
public sealed record CaseAdvanced(Guid CaseId, string Action, string FromState, string ToState, string Basis) : IIntegrationEvent;

/// <summary>
/// A liquidation terminated under art. 43 or art. 120: the only ending after which the company is deregistered
/// (art. 121). Terminations under arts. 105 and 108, and the end of a reorganization or composition, do not lead here.
/// </summary>
public sealed record LiquidationTerminated(Guid CaseId, string Basis) : IIntegrationEvent;
