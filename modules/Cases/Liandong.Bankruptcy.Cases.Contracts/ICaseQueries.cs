namespace Liandong.Bankruptcy.Cases;

/// <summary>
/// What other modules may read of a case, in the current county's scope (a request or a message handler): another
/// county's case, like a missing one, is null.
/// </summary>
public interface ICaseQueries
{
    Task<CaseSummaryInfo?> FindAsync(Guid caseId, CancellationToken cancellationToken = default);
}

/// <summary>A case as other modules see it: names of the Cases enums, its debtors in entered order, its key dates and deadlines.</summary>
public sealed record CaseSummaryInfo(
    Guid CaseId, string CaseNumber, string CourtCode, string Procedure, string State, string? PresidingJudge,
    IReadOnlyList<CaseDebtorInfo> Debtors, CaseKeyDates Dates, IReadOnlyList<Events.CaseDeadlineInfo> Deadlines);

public sealed record CaseDebtorInfo(Guid DebtorId, string Name, string Uscc);

/// <summary>The dates of the rulings other modules count from; null until the step is taken.</summary>
public sealed record CaseKeyDates(DateOnly? AcceptedOn, DateOnly? DeclaredOn, DateOnly? EndedOn);
