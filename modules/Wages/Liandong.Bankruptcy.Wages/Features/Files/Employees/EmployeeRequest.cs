using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Wages.Domain;

namespace Liandong.Bankruptcy.Wages.Features.Files.Employees;

/// <summary>
/// One employee as the administrator lists them: name, resident ID number (GB 11643, its check digit; a lower-case x is
/// taken as X), position, whether a director, supervisor or senior manager, the months owed, and the amounts owed in
/// yuan to the cent (each 0 to 100,000,000; the part of the wages owed for before 2006-08-27 at most the wages).
/// </summary>
internal sealed record EmployeeRequest(
    string? Name, string? IdNumber, string? Position, bool? Executive, int? MonthsOwed, decimal? Wages, decimal? MedicalSubsidies,
    decimal? DisabilitySubsidies, decimal? Survivors, decimal? Compensation, decimal? WagesBefore2006)
{
    public const decimal MaxAmount = 100_000_000m;

    public void Validate(ValidationErrors errors, string at)
    {
        errors.RequiredText($"{at}.name", Name, 50);
        if (string.IsNullOrWhiteSpace(IdNumber))
        {
            errors.Add($"{at}.idNumber", "validation.required");
        }
        else if (!ResidentIdNumber.IsValid(IdNumber.Trim()))
        {
            errors.Add($"{at}.idNumber", "validation.id_number");
        }

        errors.OptionalText($"{at}.position", Position, 50);
        ValidateAmounts(errors, at);
    }

    /// <summary>The months and amounts alone (a correction after an objection keeps the employee's identity).</summary>
    public void ValidateAmounts(ValidationErrors errors, string at)
    {
        if (MonthsOwed is < 0 or > 600)
        {
            errors.Add($"{at}.monthsOwed", "validation.range", 0, 600);
        }

        foreach (var (field, amount) in Amounts())
        {
            if (amount is { } value && (value < 0 || value > MaxAmount || decimal.Round(value, 2) != value))
            {
                errors.Add($"{at}.{field}", "validation.amount");
            }
        }

        if (WagesBefore2006 > (Wages ?? 0))
        {
            errors.Add($"{at}.wagesBefore2006", "wages.before_2006_above_wages");
        }

        if (Amounts().All(a => (a.Amount ?? 0) == 0))
        {
            errors.Add($"{at}.wages", "wages.nothing_owed");
        }
    }

    public EmployeeAmounts ToAmounts() => new(
        Name!.Trim(), string.IsNullOrWhiteSpace(Position) ? null : Position.Trim(), Executive ?? false, MonthsOwed ?? 0, Wages ?? 0, MedicalSubsidies ?? 0,
        DisabilitySubsidies ?? 0, Survivors ?? 0, Compensation ?? 0, WagesBefore2006 ?? 0);

    /// <summary>The ID number as stored: trimmed, its check character upper-case.</summary>
    public string NormalizedIdNumber => IdNumber!.Trim().ToUpperInvariant();

    private (string Field, decimal? Amount)[] Amounts() =>
    [
        ("wages", Wages), ("medicalSubsidies", MedicalSubsidies), ("disabilitySubsidies", DisabilitySubsidies), ("survivors", Survivors),
        ("compensation", Compensation), ("wagesBefore2006", WagesBefore2006),
    ];
}

/// <summary>Employees added to the list (1 to 500 at a time by JSON; a spreadsheet takes more).</summary>
internal sealed record AddEmployeesRequest([property: MaxItems(AddEmployeesRequest.MaxEmployees)] List<EmployeeRequest>? Employees) : IValidatable
{
    public const int MaxEmployees = 500;

    public void Validate(ValidationErrors errors)
    {
        if (Employees is not { Count: > 0 })
        {
            errors.Add("employees", "validation.required");
            return;
        }

        for (var i = 0; i < Employees.Count; i++)
        {
            Employees[i].Validate(errors, $"employees[{i}]");
        }
    }
}
