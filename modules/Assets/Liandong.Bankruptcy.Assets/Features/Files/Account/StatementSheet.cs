using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Assets.Features.Files.Account;

/// <summary>
/// A bank statement as a spreadsheet (.xlsx, at most 20,000 rows, 10 MB) with the headers 交易日期, 收入金额, 支出金额,
/// 对方户名, 摘要: each row one movement, an amount in exactly one of the two amount columns. Every bad row is reported
/// (<c>rows[n].field</c>) and nothing is imported while any is bad.
/// </summary>
internal static class StatementSheet
{
    public const int MaxRows = 20_000;
    public const int MaxMegabytes = 10;

    public const string Date = "交易日期";
    public const string Credit = "收入金额";
    public const string Debit = "支出金额";
    public const string Counterparty = "对方户名";
    public const string Memo = "摘要";

    public static async Task<List<(DateOnly On, EntryDirection Direction, decimal Amount, string? Counterparty, string? Memo)>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var sheet = await Spreadsheets.ReadUploadAsync(request, MaxRows, MaxMegabytes, "assets.sheet_unreadable", ct);
        var errors = new ValidationErrors();
        var lines = new List<(DateOnly, EntryDirection, decimal, string?, string?)>(sheet.Count);
        foreach (var row in sheet)
        {
            var at = $"rows[{row.Number}]";
            if (!row.TryDate(Date, out var on))
            {
                errors.Add($"{at}.on", "validation.invalid_value");
            }
            else if (on is null)
            {
                errors.Add($"{at}.on", "validation.required");
            }

            var creditOk = row.TryAmount(Credit, out var credit);
            var debitOk = row.TryAmount(Debit, out var debit);
            credit = credit == 0 ? null : credit;
            debit = debit == 0 ? null : debit;
            if (!creditOk || !debitOk || (credit is null) == (debit is null) || (credit ?? debit) is not (> 0 and <= Register.AssetRequest.MaxAmount) || decimal.Round((credit ?? debit)!.Value, 2) != (credit ?? debit))
            {
                errors.Add($"{at}.amount", "assets.statement_amount");
            }

            var counterparty = row.Text(Counterparty);
            var memo = row.Text(Memo);
            if (counterparty?.Length > StatementLine.MaxText)
            {
                errors.Add($"{at}.counterparty", "validation.max_length", StatementLine.MaxText);
            }

            if (memo?.Length > StatementLine.MaxText)
            {
                errors.Add($"{at}.memo", "validation.max_length", StatementLine.MaxText);
            }

            if (errors.IsEmpty)
            {
                lines.Add((on!.Value, credit is not null ? EntryDirection.Receipt : EntryDirection.Payment, (credit ?? debit)!.Value, counterparty, memo));
            }
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }

        if (lines.Count == 0)
        {
            errors.Add("file", "validation.required");
            throw new ValidationException(errors);
        }

        return lines;
    }
}
