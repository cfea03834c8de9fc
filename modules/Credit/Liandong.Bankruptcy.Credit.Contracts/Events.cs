using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Credit.Contracts;

/// <summary>
/// A credit repair application was filed after an approved reorganization plan or composition, for these targets (the
/// names of Credit's <c>CreditTarget</c>: <c>PublicCredit</c>, <c>TaxCredit</c>, <c>AbnormalOperations</c>,
/// <c>CreditReporting</c>, <c>CourtLists</c>). Tax takes <c>TaxCredit</c> as the request for a tax credit repair.
/// </summary>
public sealed record CreditRepairApplied(Guid CaseId, IReadOnlyList<string> Targets, DateOnly FiledOn) : IIntegrationEvent;
