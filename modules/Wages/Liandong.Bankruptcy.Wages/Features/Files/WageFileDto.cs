using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Tax.Contracts;
using Liandong.Bankruptcy.Wages.Domain;

namespace Liandong.Bankruptcy.Wages.Features.Files;

/// <summary>
/// A case's employee list as its GET (and every step's answer) shows it: each employee with the ID number masked and the
/// claim by class; the totals; and the personal-account social insurance the tax bureau declared (class ①, counted there,
/// never listed here).
/// </summary>
internal sealed record WageFileDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string State, DateOnly? AcceptedOn, DateOnly? ContractsEndedOn, decimal? AverageMonthlyWage,
    DateOnly? PublishedOn, DateOnly? ObjectionsUntil, IReadOnlyList<EmployeeDto> Employees, WageTotalsDto Totals, FundClaim? Fund,
    decimal PersonalAccountArrears, VerificationSummaryDto Verification, Guid? CommitteeRepresentativeId, DateOnly? StabilityRiskOn,
    IReadOnlyList<PayrollDto> ContinuedOperation, uint Version) : IVersioned
{
    public static WageFileDto From(WageFile f, IReadOnlyList<PersonalAccountArrears> personalAccounts)
    {
        var employees = f.Employees.OrderBy(e => e.Number).Select(e => EmployeeDto.From(e, f.AverageMonthlyWage)).ToList();
        return new(f.Id, f.CaseNumber, f.DebtorName, f.State, f.AcceptedOn, f.DeclaredOn, f.AverageMonthlyWage, f.PublishedOn, f.ObjectionsUntil, employees,
            new WageTotalsDto(employees.Count, employees.Sum(e => e.ClassOne), employees.Sum(e => e.Ordinary), employees.Sum(e => e.WagesBefore2006)),
            f.Fund, personalAccounts.Sum(p => p.Confirmed ?? p.Declared),
            new VerificationSummaryDto(
                f.Employees.Count(e => e.HrssVerification != VerificationStatus.None), f.HrssVerifiedOn,
                f.Employees.Count(e => e.MedicalVerification != VerificationStatus.None), f.MedicalVerifiedOn),
            f.CommitteeRepresentativeId, f.StabilityRiskOn,
            [.. f.Payrolls.OrderBy(p => p.Month).Select(p => new PayrollDto(p.Id, p.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), p.Employees, p.Amount, p.PaidOn))],
            f.Version);
    }
}

internal sealed record EmployeeDto(
    Guid Id, int Number, string Name, string IdNumber, string? Position, bool Executive, int MonthsOwed, decimal Wages, decimal MedicalSubsidies,
    decimal DisabilitySubsidies, decimal Survivors, decimal Compensation, decimal WagesBefore2006, decimal Advanced, DateOnly? AdvancedOn, DateOnly? AdvanceRule,
    decimal ClassOne, decimal Ordinary, ObjectionDto? Objection, VerificationDto Hrss, VerificationDto Medical, bool Representative)
{
    public static EmployeeDto From(EmployeeClaim e, decimal? average)
    {
        var classes = e.Classes(average);
        return new(e.Id, e.Number, e.Name, e.IdNumber.Masked, e.Position, e.Executive, e.MonthsOwed, e.Wages, e.MedicalSubsidies, e.DisabilitySubsidies,
            e.Survivors, e.Compensation, e.WagesBefore2006, e.Advanced, e.AdvancedOn, e.AdvanceRule, classes.ClassOne, classes.Ordinary,
            e.Objection == ObjectionStatus.None ? null : new ObjectionDto(e.Objection.ToString(), e.ObjectionReason, e.ObjectedOn, e.ObjectionReview, e.ObjectionReviewedOn, e.SuitDeadline),
            new VerificationDto(e.HrssVerification.ToString(), e.HrssVerifiedOn, e.HrssNote),
            new VerificationDto(e.MedicalVerification.ToString(), e.MedicalVerifiedOn, e.MedicalNote), e.Representative);
    }
}

/// <summary>An employee's objection: <c>Open</c>, <c>Upheld</c> or <c>Dismissed</c>, and after a dismissal the last day to sue.</summary>
internal sealed record ObjectionDto(string Status, string? Reason, DateOnly? ObjectedOn, string? Review, DateOnly? ReviewedOn, DateOnly? SuitDeadline);

/// <summary>A unit's check of one employee: <c>None</c>, <c>Confirmed</c> or <c>Corrected</c> (with the reason).</summary>
internal sealed record VerificationDto(string Status, DateOnly? On, string? Note);

/// <summary>How many employees each unit has verified, and the day its item was answered (the published list verified in full).</summary>
internal sealed record VerificationSummaryDto(int HrssVerified, DateOnly? HrssCompletedOn, int MedicalVerified, DateOnly? MedicalCompletedOn);

/// <summary>A month of continued operation's wages (a common-benefit debt), unpaid while <c>PaidOn</c> is null.</summary>
internal sealed record PayrollDto(Guid Id, string Month, int Employees, decimal Amount, DateOnly? PaidOn);

internal sealed record WageTotalsDto(int Employees, decimal ClassOne, decimal Ordinary, decimal WagesBefore2006);

internal sealed record WageFileSummaryDto(Guid CaseId, string CaseNumber, string? DebtorName, string State, int Employees, DateOnly? PublishedOn);
