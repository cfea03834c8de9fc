using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Wages.Features.Files.Employees;

/// <summary>
/// The employee list as a spreadsheet (.xlsx, the template's headers, at most 50,000 rows, 20 MB): every bad row is
/// reported with its row number and fields (<c>rows[n].field</c>), and nothing is imported while any row is bad.
/// </summary>
internal static class EmployeeSheet
{
    public const int MaxRows = 50_000;
    public const int MaxMegabytes = 20;

    private const string Name = "姓名";
    private const string IdNumber = "身份证号";
    private const string Position = "职务";
    private const string Executive = "董监高";
    private const string MonthsOwed = "欠薪月数";
    private const string Wages = "拖欠工资";
    private const string Medical = "医疗补助";
    private const string Disability = "伤残补助";
    private const string Survivors = "抚恤费用";
    private const string Compensation = "经济补偿金";
    private const string Before2006 = "2006年8月27日前欠薪";

    private static readonly (string Header, string Field)[] Money =
    [
        (Wages, "wages"), (Medical, "medicalSubsidies"), (Disability, "disabilitySubsidies"), (Survivors, "survivors"), (Compensation, "compensation"),
        (Before2006, "wagesBefore2006"),
    ];

    /// <summary>The employees of the uploaded form's <c>file</c>, or 400 with every bad row.</summary>
    public static async Task<List<EmployeeRequest>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var sheet = await Spreadsheets.ReadUploadAsync(request, MaxRows, MaxMegabytes, "wages.sheet_unreadable", ct);
        var errors = new ValidationErrors();
        var employees = new List<EmployeeRequest>(sheet.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet)
        {
            var at = $"rows[{row.Number}]";
            var amounts = Money.Select(m => (m.Field, Ok: row.TryAmount(m.Header, out var a), Amount: a)).ToList();
            foreach (var bad in amounts.Where(a => !a.Ok))
            {
                errors.Add($"{at}.{bad.Field}", "validation.amount");
            }

            int? months = row.Text(MonthsOwed) is { } m ? int.TryParse(m, out var n) ? n : -1 : null;
            var executive = row.Text(Executive) is "是" or "Y" or "y" or "true" or "TRUE";
            var employee = new EmployeeRequest(row.Text(Name), row.Text(IdNumber), row.Text(Position), executive, months,
                amounts[0].Amount, amounts[1].Amount, amounts[2].Amount, amounts[3].Amount, amounts[4].Amount, amounts[5].Amount);
            employee.Validate(errors, at);
            if (employee.IdNumber is not null && !seen.TryAdd(employee.NormalizedIdNumber, row.Number))
            {
                errors.Add($"{at}.idNumber", "wages.duplicate_row", seen[employee.NormalizedIdNumber]);
            }

            employees.Add(employee);
        }

        if (employees.Count == 0)
        {
            errors.Add("file", "wages.sheet_empty");
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }

        return employees;
    }

    /// <summary>
    /// The list as published or in the making: the template's columns (the ID number masked, as it leaves the module
    /// everywhere), then each employee's class ①, ordinary part, the fund's advance, both units' verification and any
    /// objection; one row per employee by number. An empty list is a sheet of headers.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Export(WageFileDto file) =>
        file.Employees.Count == 0
            ? [[.. Row("", "", "", "", 0, 0, null, null, null, null, null).Select(c => new KeyValuePair<string, object?>(c.Key, null)), .. Extra(null)]]
            : [.. file.Employees.Select(e => (IReadOnlyList<KeyValuePair<string, object?>>)
                [new("序号", e.Number), .. Row(e.Name, e.IdNumber, e.Position ?? "", e.Executive ? "是" : "否", e.MonthsOwed, e.Wages, e.MedicalSubsidies, e.DisabilitySubsidies,
                    e.Survivors, e.Compensation, e.WagesBefore2006), .. Extra(e)])];

    private static IEnumerable<KeyValuePair<string, object?>> Extra(EmployeeDto? e) =>
    [
        new("第一顺序债权", e?.ClassOne), new("普通债权（超出平均工资部分）", e?.Ordinary), new("欠薪保障金垫付", e?.Advanced),
        new("人社核实", e is null ? null : Verification(e.Hrss.Status)), new("医保核实", e is null ? null : Verification(e.Medical.Status)),
        new("异议", e?.Objection?.Status switch { "Open" => "异议待审查", "Upheld" => "异议成立，已更正", "Dismissed" => "异议不成立", _ => null }),
    ];

    private static string Verification(string status) => status switch { "Confirmed" => "确认无误", "Corrected" => "已更正", _ => "未核实" };

    /// <summary>The template to fill in: the headers and an example row of an employee and of an executive.</summary>
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Template() =>
    [
        Row("张三", "11010519491231002X", "车间工人", "否", 6, 36000.00m, null, null, null, 12000.00m, null),
        Row("李四", "110105194912310038", "副总经理", "是", 6, 120000.00m, null, null, null, null, null),
    ];

    private static IReadOnlyList<KeyValuePair<string, object?>> Row(
        string name, string id, string position, string executive, int months, decimal wages, decimal? medical, decimal? disability, decimal? survivors,
        decimal? compensation, decimal? before2006) =>
    [
        new(Name, name), new(IdNumber, id), new(Position, position), new(Executive, executive), new(MonthsOwed, months), new(Wages, wages),
        new(Medical, medical), new(Disability, disability), new(Survivors, survivors), new(Compensation, compensation), new(Before2006, before2006),
    ];
}
