using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Wages.Domain;

/// <summary>
/// A case's employee claims list (its id is the case's): what Wages keeps of the case (a copy through
/// <see cref="ICaseQueries"/>), the company's average monthly wage (the executives' measure, art. 113(3)), the employees
/// and the list's publication (art. 48), from which employees may object for a set period.
/// </summary>
internal sealed class WageFile : AggregateRoot, ITenantOwned
{
    public const int MaxEmployees = 50_000;

    private WageFile()
    {
    }

    public WageFile(Guid caseId) => Id = caseId;

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? DebtorName { get; private set; }

    public string State { get; private set; } = "";

    public DateOnly? AcceptedOn { get; private set; }

    public Guid? AdministratorFirmId { get; private set; }

    public int Sequence { get; private set; } = -1;

    public decimal? AverageMonthlyWage { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The last day for objections, by the deadline calculator.</summary>
    public DateOnly? ObjectionsUntil { get; private set; }

    public List<EmployeeClaim> Employees { get; private set; } = [];

    public void Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return;
        }

        (CaseNumber, State, AcceptedOn, AdministratorFirmId, Sequence) =
            (summary.CaseNumber, summary.State, summary.Dates.AcceptedOn, summary.AdministratorFirmId, summary.Sequence);
        var names = string.Join("、", summary.Debtors.Select(d => d.Name));
        DebtorName = names.Length == 0 ? null : names.Length <= 300 ? names : names[..299] + "…";
    }

    public WagesOutcome SetAverageWage(decimal average)
    {
        AverageMonthlyWage = average;
        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>Adds employees to the list before it is published (each ID number once in the list).</summary>
    public WagesOutcome Add(IReadOnlyList<(EmployeeAmounts Amounts, ProtectedValue IdNumber)> employees)
    {
        if (AcceptedOn is null)
        {
            return WagesOutcome.NotAccepted;
        }

        if (PublishedOn is not null)
        {
            return WagesOutcome.AlreadyPublished;
        }

        if (Employees.Count + employees.Count > MaxEmployees)
        {
            return WagesOutcome.TooMany;
        }

        var hashes = Employees.Select(e => e.IdNumber.Hash).ToHashSet();
        if (employees.Any(e => !hashes.Add(e.IdNumber.Hash)))
        {
            return WagesOutcome.DuplicateIdNumber;
        }

        var number = Employees.Count == 0 ? 0 : Employees.Max(e => e.Number);
        foreach (var (amounts, idNumber) in employees)
        {
            Employees.Add(new EmployeeClaim(Id, ++number, amounts, idNumber));
        }

        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>
    /// Publishes the list (art. 48) for objections until <paramref name="days"/> days from <paramref name="on"/> (a period
    /// ending on a rest day ends on the next working day). An executive on the list needs the company's average wage first.
    /// </summary>
    public WagesOutcome Publish(DateOnly on, int days, WorkingCalendar calendar)
    {
        if (PublishedOn is not null)
        {
            return WagesOutcome.AlreadyPublished;
        }

        if (Employees.Count == 0)
        {
            return WagesOutcome.EmptyList;
        }

        if (on < AcceptedOn)
        {
            return WagesOutcome.BeforeAcceptance;
        }

        if (AverageMonthlyWage is null && Employees.Any(e => e.Executive))
        {
            return WagesOutcome.AverageWageRequired;
        }

        (PublishedOn, ObjectionsUntil) = (on, DeadlineCalculator.Compute(on, Period.Days(days), calendar).Date);
        Touch();
        return WagesOutcome.Done;
    }
}

/// <summary>What a step on the wages file came to; members with a <see cref="RefusalAttribute"/> are refusals.</summary>
public enum WagesOutcome
{
    Done,
    [Refusal(409, "wages.not_accepted")] NotAccepted,
    [Refusal(409, "wages.already_published")] AlreadyPublished,
    [Refusal(422, "wages.too_many")] TooMany,
    [Refusal(409, "wages.duplicate_id_number")] DuplicateIdNumber,
    [Refusal(409, "wages.empty_list")] EmptyList,
    [Refusal(422, "wages.before_acceptance")] BeforeAcceptance,
    [Refusal(409, "wages.average_wage_required")] AverageWageRequired,
}
