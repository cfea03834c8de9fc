using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.ProtectedData;

namespace Liandong.Bankruptcy.Wages.Domain;

/// <summary>
/// What the debtor owes one employee (art. 48: listed by the administrator, no declaration): wages, medical and
/// disability subsidies, 抚恤费用 and statutory compensation — class ① (art. 113(1)) — with the part of the wages owed
/// for work before 2006-08-27 (art. 132). The basic pension and medical insurance owed to the employee's personal
/// account are the tax bureau's declaration (SAT and SPC 2025 No. 24), never listed here.
/// </summary>
internal sealed class EmployeeClaim : Entity, ITenantOwned
{
    private EmployeeClaim()
    {
    }

    public EmployeeClaim(Guid caseId, int number, EmployeeAmounts amounts, ProtectedValue idNumber)
    {
        (CaseId, Number, IdNumber) = (caseId, number, idNumber);
        Set(amounts);
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    public ProtectedValue IdNumber { get; private set; } = null!;

    public string? Position { get; private set; }

    /// <summary>A director, supervisor or senior manager: wages count at the company's average wage (art. 113(3)).</summary>
    public bool Executive { get; private set; }

    public int MonthsOwed { get; private set; }

    public decimal Wages { get; private set; }

    public decimal MedicalSubsidies { get; private set; }

    public decimal DisabilitySubsidies { get; private set; }

    public decimal Survivors { get; private set; }

    public decimal Compensation { get; private set; }

    /// <summary>The part of <see cref="Wages"/> owed for work before 2006-08-27: paid ahead of secured claims from collateral (art. 132).</summary>
    public decimal WagesBefore2006 { get; private set; }

    /// <summary>What the wage-guarantee fund advanced to the employee: the fund is subrogated to it as a class ① claim, and the employee's claim shrinks by it.</summary>
    public decimal Advanced { get; private set; }

    public DateOnly? AdvancedOn { get; private set; }

    /// <summary>The rule the advance was computed by (its effective date).</summary>
    public DateOnly? AdvanceRule { get; private set; }

    public ObjectionStatus Objection { get; private set; }

    public string? ObjectionReason { get; private set; }

    public DateOnly? ObjectedOn { get; private set; }

    public DateOnly? ObjectionReviewedOn { get; private set; }

    public string? ObjectionReview { get; private set; }

    /// <summary>After a dismissed objection, the last day to sue (SPC Interpretation III art. 8: 15 days).</summary>
    public DateOnly? SuitDeadline { get; private set; }

    /// <summary>Human resources and social security's check of the listed amounts (all but the medical subsidies).</summary>
    public VerificationStatus HrssVerification { get; private set; }

    public DateOnly? HrssVerifiedOn { get; private set; }

    public string? HrssNote { get; private set; }

    /// <summary>Medical insurance's check of the medical subsidies.</summary>
    public VerificationStatus MedicalVerification { get; private set; }

    public DateOnly? MedicalVerifiedOn { get; private set; }

    public string? MedicalNote { get; private set; }

    /// <summary>Chosen as an employees' representative (art. 59(5)).</summary>
    public bool Representative { get; private set; }

    public void Represents(bool representative) => Representative = representative;

    public VerificationStatus VerificationBy(Verifier verifier) => verifier == Verifier.Hrss ? HrssVerification : MedicalVerification;

    public void Verified(Verifier verifier, bool corrected, string? note, DateOnly on)
    {
        var status = corrected ? VerificationStatus.Corrected : VerificationStatus.Confirmed;
        if (verifier == Verifier.Hrss)
        {
            (HrssVerification, HrssVerifiedOn, HrssNote) = (status, on, note);
        }
        else
        {
            (MedicalVerification, MedicalVerifiedOn, MedicalNote) = (status, on, note);
        }
    }

    public void Object(string reason, DateOnly on) =>
        (Objection, ObjectionReason, ObjectedOn, ObjectionReviewedOn, ObjectionReview, SuitDeadline) = (ObjectionStatus.Open, reason, on, null, null, null);

    public void Reviewed(bool upheld, string review, DateOnly on, DateOnly? suitDeadline) =>
        (Objection, ObjectionReviewedOn, ObjectionReview, SuitDeadline) = (upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed, on, review, suitDeadline);

    public EmployeeAmounts Amounts => new(Name, Position, Executive, MonthsOwed, Wages, MedicalSubsidies, DisabilitySubsidies, Survivors, Compensation, WagesBefore2006);

    public void Set(EmployeeAmounts a) =>
        (Name, Position, Executive, MonthsOwed, Wages, MedicalSubsidies, DisabilitySubsidies, Survivors, Compensation, WagesBefore2006) =
        (a.Name, a.Position, a.Executive, a.MonthsOwed, a.Wages, a.MedicalSubsidies, a.DisabilitySubsidies, a.Survivors, a.Compensation, a.WagesBefore2006);

    /// <summary>The wages that count in class ①: an executive's at the company's average monthly wage times the months owed (art. 113(3)).</summary>
    public decimal CountedWages(decimal? averageMonthlyWage) => Counted(Executive, Wages, MonthsOwed, averageMonthlyWage);

    /// <summary>
    /// The employee's claim by class at the company's average monthly wage (null when none is set: executives then count
    /// in full), less what the fund advanced (the fund's now, by subrogation).
    /// </summary>
    public EmployeeClasses Classes(decimal? averageMonthlyWage)
    {
        var listed = ClassesOf(Amounts, averageMonthlyWage);
        return listed with { ClassOne = listed.ClassOne - Advanced };
    }

    /// <summary>Amounts by class before any advance.</summary>
    public static EmployeeClasses ClassesOf(EmployeeAmounts a, decimal? averageMonthlyWage)
    {
        var counted = Counted(a.Executive, a.Wages, a.MonthsOwed, averageMonthlyWage);
        return new EmployeeClasses(counted + a.MedicalSubsidies + a.DisabilitySubsidies + a.Survivors + a.Compensation, a.Wages - counted);
    }

    private static decimal Counted(bool executive, decimal wages, int monthsOwed, decimal? averageMonthlyWage) =>
        executive && averageMonthlyWage is { } average ? Math.Min(wages, average * monthsOwed) : wages;

    /// <summary>
    /// The advance under <paramref name="rule"/>: the wages of the months owed it covers (the last ones, at most its
    /// months), each month's at most its cap — months × min(monthly wage, cap), the monthly wage being the counted wages
    /// over the months owed; to the cent, half away from zero.
    /// </summary>
    public decimal AdvanceUnder(GuaranteeRule rule, decimal? averageMonthlyWage)
    {
        if (MonthsOwed <= 0)
        {
            return 0;
        }

        var monthly = CountedWages(averageMonthlyWage) / MonthsOwed;
        return decimal.Round(Math.Min(MonthsOwed, rule.MonthsCovered) * Math.Min(monthly, rule.MonthlyCap), 2, MidpointRounding.AwayFromZero);
    }

    public void Advance(decimal amount, DateOnly on, DateOnly rule) => (Advanced, AdvancedOn, AdvanceRule) = (amount, on, rule);
}

/// <summary>An employee's objection to the published list (art. 48): none, open, upheld (the amounts corrected) or dismissed.</summary>
public enum ObjectionStatus
{
    None,
    Open,
    Upheld,
    Dismissed,
}

/// <summary>The units that verify the list (EBL art. 48; the items <c>hrss.verify_arrears</c> and <c>medical.verify_arrears</c>).</summary>
public enum Verifier
{
    Hrss,    // 人力资源和社会保障部门: wages, months, subsidies other than medical, 抚恤费用, compensation
    Medical, // 医疗保障部门: the medical subsidies
}

/// <summary>A unit's check of an employee's amounts: not yet, confirmed as listed, or corrected.</summary>
public enum VerificationStatus
{
    None,
    Confirmed,
    Corrected,
}

/// <summary>What the administrator lists for one employee (amounts in yuan, to the cent).</summary>
internal sealed record EmployeeAmounts(
    string Name, string? Position, bool Executive, int MonthsOwed, decimal Wages, decimal MedicalSubsidies, decimal DisabilitySubsidies,
    decimal Survivors, decimal Compensation, decimal WagesBefore2006);

/// <summary>Class ① (art. 113(1)), and an executive's wages above the company's average — an ordinary claim (art. 113(3)).</summary>
internal sealed record EmployeeClasses(decimal ClassOne, decimal Ordinary);
