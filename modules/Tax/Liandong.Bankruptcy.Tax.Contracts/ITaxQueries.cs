namespace Liandong.Bankruptcy.Tax.Contracts;

/// <summary>What other modules may read of a case's tax file, in the current county's scope (another county's case: empty or null).</summary>
public interface ITaxQueries
{
    /// <summary>
    /// The social-insurance contributions owed to the employees' personal accounts (class ①) that the tax bureau declared
    /// on the case, line by line: the Wages module reads them instead of declaring them again.
    /// </summary>
    Task<IReadOnlyList<PersonalAccountArrears>> PersonalAccountArrearsAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The tax side of the case's closing and credit: null when the county has no such case.</summary>
    Task<TaxStatusInfo?> StatusAsync(Guid caseId, CancellationToken cancellationToken = default);
}

/// <summary>One declared line's personal-account part: the insurance, its period, what was declared and what the administrator confirmed (null while unreviewed).</summary>
public sealed record PersonalAccountArrears(Guid LineId, string Insurance, DateOnly PeriodFrom, DateOnly PeriodTo, decimal Declared, decimal? Confirmed);

/// <summary>
/// The clearance document (null until issued; it never blocks deregistration), the abnormal-taxpayer status, and the
/// credit repair (<c>CreditRepair</c>: <c>None</c>, <c>Requested</c>, <c>Repaired</c>, <c>Refused</c>).
/// </summary>
public sealed record TaxStatusInfo(Guid CaseId, string? ClearanceDocument, DateOnly? ClearanceIssuedOn, bool AbnormalTaxpayer, string CreditRepair, DateOnly? CreditRepairedOn);
