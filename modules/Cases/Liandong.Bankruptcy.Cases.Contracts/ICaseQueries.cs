namespace Liandong.Bankruptcy.Cases.Contracts;

/// <summary>
/// What other modules may read of a case, in the current county's scope (a request or a message handler): another
/// county's case, like a missing one, is null.
/// </summary>
public interface ICaseQueries
{
    Task<CaseSummaryInfo?> FindAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The county's newest case ids, at most <paramref name="limit"/> (demo seeding, follow-up work over recent cases).</summary>
    Task<IReadOnlyList<Guid>> RecentAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the court approved an administrator's request of <paramref name="kind"/> (the name of the Cases
    /// <c>RequestKind</c>: <c>SellAssets</c>, <c>ContinueBusiness</c>, <c>PayExpense</c> …) on the case: what other
    /// modules check before acting on it (a sale, a payment).
    /// </summary>
    Task<bool> HasApprovedRequestAsync(Guid caseId, string kind, CancellationToken cancellationToken = default);

    /// <summary>
    /// The status (the name of the Cases <c>RequestStatus</c>: <c>Pending</c>, <c>Approved</c>, <c>Rejected</c>) of the
    /// administrator's request numbered <paramref name="number"/> in the case, or null when there is none: what a payment
    /// waiting for the court's approval checks.
    /// </summary>
    Task<string?> RequestStatusAsync(Guid caseId, int number, CancellationToken cancellationToken = default);

    /// <summary>
    /// The claims register as a distribution takes it, in line order: every line but retrieval and set-off lines, with its
    /// counted amount (what was confirmed) and, for a disputed line (unreviewed, or under an objection not settled), the
    /// declared amount a reserve is kept for (art. 119). A secured line whose creditor waived priority is ordinary.
    /// </summary>
    Task<IReadOnlyList<CaseClaimLine>> ClaimsForDistributionAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>A resolution of one of the case's creditors' meetings (by the meeting's id and the resolution's number), or null.</summary>
    Task<CaseResolutionInfo?> ResolutionAsync(Guid caseId, Guid meetingId, int number, CancellationToken cancellationToken = default);

    /// <summary>The tallied distribution-plan resolutions of the case's creditors' meetings, in meeting and resolution order: the votes a plan version can be tied to.</summary>
    Task<IReadOnlyList<CaseResolutionRef>> DistributionVotesAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The day the creditors first voted on the case (the first resolution tallied), or null: what a supplementary tax claim must come before.</summary>
    Task<DateOnly?> FirstVoteOnAsync(Guid caseId, CancellationToken cancellationToken = default);
}

/// <summary>
/// A case as other modules see it: names of the Cases enums, its debtors in entered order, its key dates, the appointed
/// administrator firm (a unit of the county) and its deadlines. <c>Sequence</c> counts the steps on its timeline: a
/// copy kept from an older read has a smaller one, so a projection applies a read only when it is not older than what
/// it holds.
/// </summary>
public sealed record CaseSummaryInfo(
    Guid CaseId, string CaseNumber, string CourtCode, string Procedure, string State, string? PresidingJudge,
    IReadOnlyList<CaseDebtorInfo> Debtors, CaseKeyDates Dates, Guid? AdministratorFirmId, IReadOnlyList<CaseDeadlineInfo> Deadlines, int Sequence);

/// <summary>
/// A line of the claims register for a distribution: <c>Priority</c> is the name of the Cases <c>PriorityClass</c>
/// (<c>Secured</c>, <c>Employee</c>, <c>TaxAndSocialInsurance</c>, <c>Ordinary</c>, <c>Subordinated</c>); <c>Amount</c> is
/// the counted amount, or the declared one while <c>Disputed</c>; <c>SocialInsurance</c> marks social insurance outside the
/// employee class (in class ② with the taxes, but not a tax); <c>Subordination</c> a subordinated line's level (1 punitive
/// damages, 2 administrative fines, 3 criminal fines; 0 unstated); <c>ArrearsBefore2006</c> an employee line owed before
/// 2006-08-27 (art. 132).
/// </summary>
public sealed record CaseClaimLine(
    int Number, string CreditorKey, string Creditor, string Priority, decimal Amount, bool Disputed, bool SocialInsurance = false, int Subordination = 0,
    bool ArrearsBefore2006 = false);

/// <summary>A creditors' meeting resolution: its kind (the Cases <c>ResolutionKind</c>), whether adopted and when tallied, and the day of the court's ruling on it, if any.</summary>
public sealed record CaseResolutionInfo(string Kind, string Title, bool? Adopted, DateOnly? ClosedOn, DateOnly? RuledOn);

/// <summary>A tallied resolution by its meeting (id and number in the case) and its number in the meeting.</summary>
public sealed record CaseResolutionRef(Guid MeetingId, int MeetingNumber, int Number, string Title, bool? Adopted, DateOnly? ClosedOn, DateOnly? RuledOn);

public sealed record CaseDebtorInfo(Guid DebtorId, string Name, string Uscc);

/// <summary>The dates of the rulings other modules count from; null until the step is taken.</summary>
public sealed record CaseKeyDates(DateOnly? AcceptedOn, DateOnly? DeclaredOn, DateOnly? EndedOn);

/// <summary>
/// A module's tab on the case page (coordination items, tax clearance, wage advances …): the name of a view component
/// the page invokes with <c>new { caseId }</c>, the message code of the tab's title (<c>TitleKey</c>, from the module's
/// resources), shown to users holding <c>Permission</c>, in <c>Order</c>. Register one as a singleton
/// (<c>services.AddSingleton(new CasePanel(…))</c>).
/// </summary>
public sealed record CasePanel(string ViewComponent, string TitleKey, string Permission, int Order);

/// <summary>
/// A module's section on the judge's desk (what its member units are doing on the judge's cases …): the name of a view
/// component the desk invokes with <c>new { caseIds }</c> (the cases the judge presides over or sits on, at most
/// <see cref="MaxCases"/>), the message code of its heading, shown to users holding <c>Permission</c>, in <c>Order</c>.
/// Register one as a singleton (<c>services.AddSingleton(new DeskPanel(…))</c>).
/// </summary>
public sealed record DeskPanel(string ViewComponent, string TitleKey, string Permission, int Order)
{
    public const int MaxCases = 500;
}
