using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Domain;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Declare;

/// <summary>
/// The bureau's ledger as a spreadsheet (one row per tax type and period, the headers of <see cref="Headers"/>): read
/// into the lines of a declaration, every bad row reported by its row number and field, nothing kept while any is bad.
/// </summary>
internal static class DeclarationSheet
{
    public const string Kind = "类别";
    public const string TaxType = "税种或险种";
    public const string PeriodFrom = "所属期起";
    public const string PeriodTo = "所属期止";
    public const string DueDate = "缴款期限";
    public const string Principal = "欠缴金额";
    public const string PersonalAccount = "个人账户部分";
    public const string Penalty = "罚款金额";
    public const string PenaltyDecision = "处罚决定书文号";

    public static readonly string[] Headers = [Kind, TaxType, PeriodFrom, PeriodTo, DueDate, Principal, PersonalAccount, Penalty, PenaltyDecision];

    /// <summary>The lines of the sheet and their row numbers; field errors under <c>rows[n]</c> for every row that is not one.</summary>
    public static (List<TaxLineRequest> Lines, List<int> Rows) Read(IReadOnlyList<SheetRow> rows, ValidationErrors errors)
    {
        var lines = new List<TaxLineRequest>();
        var numbers = new List<int>();
        foreach (var row in rows)
        {
            var at = $"rows[{row.Number}]";
            var kind = row.Text(Kind) switch
            {
                "税款" or "税收" or "Tax" => TaxLineKind.Tax,
                "社会保险费" or "社保费" or "SocialInsurance" => TaxLineKind.SocialInsurance,
                null => (TaxLineKind?)null,
                _ => (TaxLineKind)(-1),
            };
            var dates = new[] { PeriodFrom, PeriodTo, DueDate }.Select(h => (Header: h, Ok: row.TryDate(h, out var d), Date: d)).ToList();
            var amounts = new[] { Principal, PersonalAccount, Penalty }.Select(h => (Header: h, Ok: row.TryAmount(h, out var a), Amount: a)).ToList();
            foreach (var bad in dates.Where(d => !d.Ok))
            {
                errors.Add($"{at}.{Field(bad.Header)}", "validation.date");
            }

            foreach (var bad in amounts.Where(a => !a.Ok))
            {
                errors.Add($"{at}.{Field(bad.Header)}", "validation.amount");
            }

            var line = new TaxLineRequest(kind, row.Text(TaxType), dates[0].Date, dates[1].Date, dates[2].Date, amounts[0].Amount, amounts[1].Amount,
                amounts[2].Amount, row.Text(PenaltyDecision));
            line.Validate(errors, at); // every fault of the row, an unreadable cell also as missing

            lines.Add(line);
            numbers.Add(row.Number);
        }

        return (lines, numbers);
    }

    /// <summary>The template to fill in: the headers and one example row of each kind.</summary>
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Template() =>
    [
        Row("税款", "增值税", "2025-10-01", "2025-10-31", "2025-11-17", 100000.00m, null, null, null),
        Row("社会保险费", "基本养老保险", "2025-10-01", "2025-10-31", "2025-11-15", 30000.00m, 9600.00m, null, null),
    ];

    private static IReadOnlyList<KeyValuePair<string, object?>> Row(
        string kind, string type, string from, string to, string due, decimal principal, decimal? personal, decimal? penalty, string? decision) =>
    [
        new(Kind, kind), new(TaxType, type), new(PeriodFrom, from), new(PeriodTo, to), new(DueDate, due), new(Principal, principal),
        new(PersonalAccount, personal), new(Penalty, penalty), new(PenaltyDecision, decision),
    ];

    private static string Field(string header) => header switch
    {
        PeriodFrom => "periodFrom",
        PeriodTo => "periodTo",
        DueDate => "dueDate",
        Principal => "principal",
        PersonalAccount => "personalAccount",
        _ => "penalty",
    };
}
