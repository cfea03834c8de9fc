using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Deregistration.Contracts;

/// <summary>
/// Every closing step after a liquidation terminated (arts. 43, 120) is done: the administrator applied with the
/// termination ruling (art. 121), the company is deregistered, its seals, accounts and social insurance cancelled, the
/// tax clearance document issued (and customs, where flagged). Cases closes the case on it.
/// </summary>
public sealed record DeregistrationCompleted(Guid CaseId, DateOnly TerminatedOn, DateOnly CompletedOn) : IIntegrationEvent;
