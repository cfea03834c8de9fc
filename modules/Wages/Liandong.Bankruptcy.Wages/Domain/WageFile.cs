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

    /// <summary>The day of the declaration of bankruptcy: the employees' labour contracts end on it (Labour Contract Law art. 44(4)).</summary>
    public DateOnly? DeclaredOn { get; private set; }

    public int Sequence { get; private set; } = -1;

    public decimal? AverageMonthlyWage { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The last day for objections, by the deadline calculator.</summary>
    public DateOnly? ObjectionsUntil { get; private set; }

    /// <summary>The days each verifying unit's item was answered: the list published and every employee on it verified by the unit.</summary>
    public DateOnly? HrssVerifiedOn { get; private set; }

    public DateOnly? MedicalVerifiedOn { get; private set; }

    public List<EmployeeClaim> Employees { get; private set; } = [];

    /// <summary>The employees' representative on the creditors' committee (art. 67), one of <see cref="EmployeeClaim.Representative"/>.</summary>
    public Guid? CommitteeRepresentativeId { get; private set; }

    /// <summary>The day the list crossed the county's stability-risk thresholds and a matter was opened in Coordination, once.</summary>
    public DateOnly? StabilityRiskOn { get; private set; }

    public List<ContinuedOperationPayroll> Payrolls { get; private set; } = [];

    public const int MaxRepresentatives = 20;

    /// <summary>Class ① as listed, before any advance (what the employees were owed): the stability measure.</summary>
    public decimal ListedClassOne => Employees.Sum(e => e.Classes(AverageMonthlyWage).ClassOne + e.Advanced);

    /// <summary>The wage-guarantee fund subrogated to what it advanced (null before the first advance).</summary>
    public string? FundName { get; private set; }

    public FundClaim? Fund => FundName is null ? null : new FundClaim(FundName, Employees.Sum(e => e.Advanced));

    public void Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return;
        }

        (CaseNumber, State, AcceptedOn, DeclaredOn, AdministratorFirmId, Sequence) =
            (summary.CaseNumber, summary.State, summary.Dates.AcceptedOn, summary.Dates.DeclaredOn, summary.AdministratorFirmId, summary.Sequence);
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

    /// <summary>Art. 48: the administrator records an employee's objection to the published list, within the objection period; one open at a time.</summary>
    public WagesOutcome Object(Guid employeeId, string reason, DateOnly on)
    {
        if (Employees.SingleOrDefault(e => e.Id == employeeId) is not { } employee)
        {
            return WagesOutcome.NoSuchEmployee;
        }

        if (PublishedOn is not { } published)
        {
            return WagesOutcome.NotPublished;
        }

        if (on < published || on > ObjectionsUntil)
        {
            return WagesOutcome.OutsideObjectionPeriod;
        }

        if (employee.Objection == ObjectionStatus.Open)
        {
            return WagesOutcome.ObjectionOpen;
        }

        employee.Object(reason, on);
        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>
    /// The administrator's review of an open objection: upheld with the corrected amounts (never below what the fund
    /// advanced), or dismissed — the employee may then sue within 15 days (SPC Interpretation III art. 8; the deadline calculator).
    /// </summary>
    public WagesOutcome ReviewObjection(Guid employeeId, EmployeeAmounts? corrected, string review, DateOnly on, WorkingCalendar calendar)
    {
        if (Employees.SingleOrDefault(e => e.Id == employeeId) is not { } employee)
        {
            return WagesOutcome.NoSuchEmployee;
        }

        if (employee.Objection != ObjectionStatus.Open)
        {
            return WagesOutcome.NoOpenObjection;
        }

        if (on < employee.ObjectedOn)
        {
            return WagesOutcome.BeforeObjection;
        }

        if (corrected is not null)
        {
            if (Amend(employee, corrected) is var outcome && outcome != WagesOutcome.Done)
            {
                return outcome;
            }

            employee.Reviewed(true, review, on, null);
        }
        else
        {
            employee.Reviewed(false, review, on, DeadlineCalculator.Compute(on, SuitPeriod, calendar).Date);
        }

        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>
    /// A verifying unit confirms employees' amounts as listed (<paramref name="employeeIds"/>, or null for every one it
    /// has not yet verified): a confirmation stands until the unit corrects the employee.
    /// </summary>
    public WagesOutcome Confirm(Verifier verifier, IReadOnlyCollection<Guid>? employeeIds, string? note, DateOnly on)
    {
        if (Employees.Count == 0)
        {
            return WagesOutcome.EmptyList;
        }

        if (on < AcceptedOn)
        {
            return WagesOutcome.BeforeAcceptance;
        }

        var chosen = employeeIds is null
            ? Employees.Where(e => e.VerificationBy(verifier) == VerificationStatus.None).ToList()
            : Employees.Where(e => employeeIds.Contains(e.Id)).ToList();
        if (employeeIds is not null && chosen.Count != employeeIds.Distinct().Count())
        {
            return WagesOutcome.NoSuchEmployee;
        }

        foreach (var employee in chosen)
        {
            employee.Verified(verifier, false, note, on);
        }

        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>
    /// A verifying unit corrects an employee's amounts (human resources all but the medical subsidies, medical insurance
    /// those): never below what the fund advanced.
    /// </summary>
    public WagesOutcome Correct(Verifier verifier, Guid employeeId, EmployeeAmounts corrected, string? note, DateOnly on)
    {
        if (Employees.SingleOrDefault(e => e.Id == employeeId) is not { } employee)
        {
            return WagesOutcome.NoSuchEmployee;
        }

        if (on < AcceptedOn)
        {
            return WagesOutcome.BeforeAcceptance;
        }

        if (Amend(employee, corrected) is var outcome && outcome != WagesOutcome.Done)
        {
            return outcome;
        }

        employee.Verified(verifier, true, note, on);
        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>
    /// The day a verifying unit's work on the list is complete (published, every employee verified by it), once: its
    /// item is then answered. Null when not complete or already answered.
    /// </summary>
    public DateOnly? VerificationCompleted(Verifier verifier, DateOnly on)
    {
        if (PublishedOn is null || Employees.Count == 0 || Employees.Any(e => e.VerificationBy(verifier) == VerificationStatus.None) ||
            (verifier == Verifier.Hrss ? HrssVerifiedOn : MedicalVerifiedOn) is not null)
        {
            return null;
        }

        var day = on < PublishedOn.Value ? PublishedOn.Value : on;
        if (verifier == Verifier.Hrss)
        {
            HrssVerifiedOn = day;
        }
        else
        {
            MedicalVerifiedOn = day;
        }

        return day;
    }

    /// <summary>Sets an employee's amounts when class ① stays at least what the fund advanced (an executive needs the average wage).</summary>
    private WagesOutcome Amend(EmployeeClaim employee, EmployeeAmounts corrected)
    {
        if (AverageMonthlyWage is null && corrected.Executive)
        {
            return WagesOutcome.AverageWageRequired;
        }

        if (EmployeeClaim.ClassesOf(corrected, AverageMonthlyWage).ClassOne < employee.Advanced)
        {
            return WagesOutcome.BelowAdvance;
        }

        employee.Set(corrected);
        return WagesOutcome.Done;
    }

    /// <summary>
    /// The employees' representatives (art. 59(5): they attend the creditors' meeting; art. 67: one of them may sit on the
    /// committee): employees on the list, replacing the previous choice; the committee member among them or none.
    /// </summary>
    public WagesOutcome ChooseRepresentatives(IReadOnlyCollection<Guid> employeeIds, Guid? committee)
    {
        if (employeeIds.Any(id => Employees.All(e => e.Id != id)))
        {
            return WagesOutcome.NoSuchEmployee;
        }

        if (committee is { } member && !employeeIds.Contains(member))
        {
            return WagesOutcome.CommitteeNotRepresentative;
        }

        foreach (var employee in Employees)
        {
            employee.Represents(employeeIds.Contains(employee.Id));
        }

        CommitteeRepresentativeId = committee;
        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>
    /// The risk level when the list first reaches the county's thresholds (the day is kept; later changes raise nothing
    /// more: the matter is followed in Coordination), else null.
    /// </summary>
    public string? StabilityRisk(StabilityThreshold threshold, DateOnly on)
    {
        if (StabilityRiskOn is not null || threshold.Level(Employees.Count, ListedClassOne) is not { } level)
        {
            return null;
        }

        StabilityRiskOn = on;
        Touch();
        return level;
    }

    /// <summary>A month's wages for continued operation (art. 42(4)): after the acceptance's month, once per month.</summary>
    public WagesOutcome BookPayroll(DateOnly month, int employees, decimal amount, DateOnly? paidOn)
    {
        if (AcceptedOn is not { } accepted)
        {
            return WagesOutcome.NotAccepted;
        }

        if (month < new DateOnly(accepted.Year, accepted.Month, 1) || paidOn < AcceptedOn)
        {
            return WagesOutcome.BeforeAcceptance;
        }

        if (Payrolls.Any(p => p.Month == month))
        {
            return WagesOutcome.PayrollExists;
        }

        Payrolls.Add(new ContinuedOperationPayroll(Id, month, employees, amount, paidOn));
        Touch();
        return WagesOutcome.Done;
    }

    public WagesOutcome PayPayroll(Guid payrollId, DateOnly on)
    {
        if (Payrolls.SingleOrDefault(p => p.Id == payrollId) is not { } payroll)
        {
            return WagesOutcome.NoSuchPayroll;
        }

        if (payroll.PaidOn is not null)
        {
            return WagesOutcome.AlreadyPaid;
        }

        if (on < AcceptedOn)
        {
            return WagesOutcome.BeforeAcceptance;
        }

        payroll.Paid(on);
        Touch();
        return WagesOutcome.Done;
    }

    /// <summary>SPC Interpretation III art. 8: a creditor whose objection is not accepted may sue within 15 days.</summary>
    public static readonly Period SuitPeriod = Period.Days(15);

    /// <summary>
    /// The fund advanced an employee's wages on <paramref name="on"/> under <paramref name="rule"/> (the version in force
    /// that day; null when the county has none): once per employee, not before the acceptance; the amount is returned.
    /// </summary>
    public (WagesOutcome Outcome, decimal Amount) Advance(Guid employeeId, GuaranteeRule? rule, DateOnly on)
    {
        if (Employees.SingleOrDefault(e => e.Id == employeeId) is not { } employee)
        {
            return (WagesOutcome.NoSuchEmployee, 0);
        }

        if (employee.AdvancedOn is not null)
        {
            return (WagesOutcome.AlreadyAdvanced, 0);
        }

        if (on < AcceptedOn)
        {
            return (WagesOutcome.BeforeAcceptance, 0);
        }

        if (rule is null)
        {
            return (WagesOutcome.NoGuaranteeRule, 0);
        }

        if (AverageMonthlyWage is null && employee.Executive)
        {
            return (WagesOutcome.AverageWageRequired, 0);
        }

        var amount = employee.AdvanceUnder(rule, AverageMonthlyWage);
        if (amount <= 0)
        {
            return (WagesOutcome.NothingToAdvance, 0);
        }

        employee.Advance(amount, on, rule.EffectiveFrom);
        FundName ??= rule.FundName;
        Touch();
        return (WagesOutcome.Done, amount);
    }
}

/// <summary>The fund's part after advances: one class ① claim of the fund per case (subrogation), under the name of the fund of the rule in force.</summary>
internal sealed record FundClaim(string FundName, decimal Amount);

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
    [Refusal(404, "wages.no_such_employee")] NoSuchEmployee,
    [Refusal(409, "wages.already_advanced")] AlreadyAdvanced,
    [Refusal(409, "wages.no_guarantee_rule")] NoGuaranteeRule,
    [Refusal(409, "wages.nothing_to_advance")] NothingToAdvance,
    [Refusal(409, "wages.not_published")] NotPublished,
    [Refusal(422, "wages.outside_objection_period")] OutsideObjectionPeriod,
    [Refusal(409, "wages.objection_open")] ObjectionOpen,
    [Refusal(409, "wages.no_open_objection")] NoOpenObjection,
    [Refusal(422, "wages.before_objection")] BeforeObjection,
    [Refusal(422, "wages.below_advance")] BelowAdvance,
    [Refusal(403, "wages.not_a_verifying_unit")] NotAVerifyingUnit,
    [Refusal(422, "wages.committee_not_representative")] CommitteeNotRepresentative,
    [Refusal(409, "wages.payroll_exists")] PayrollExists,
    [Refusal(404, "wages.no_such_payroll")] NoSuchPayroll,
    [Refusal(409, "wages.already_paid")] AlreadyPaid,
}
