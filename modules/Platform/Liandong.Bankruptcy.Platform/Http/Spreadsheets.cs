using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// Spreadsheets (.xlsx, MiniExcel): exports of one sheet, a header row from the first row's column names, then the rows;
/// and the rows of an uploaded sheet read back by their header.
/// </summary>
public static class Spreadsheets
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows as an .xlsx download named <paramref name="fileName"/>; each row maps column headers to values, in order.</summary>
    public static async Task<FileContentHttpResult> XlsxAsync(
        IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> rows, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        var sheet = rows.Select(row => (IDictionary<string, object?>)new Dictionary<string, object?>(row)).ToList();
        await stream.SaveAsAsync(sheet, cancellationToken: cancellationToken);
        return TypedResults.File(stream.ToArray(), ContentType, fileName);
    }

    /// <summary>
    /// The rows (<see cref="ReadRows"/>) of the .xlsx in the uploaded form's field <c>file</c>, or 400: <c>file</c>
    /// required when there is none, <paramref name="unreadableCode"/> (with <paramref name="maxRows"/> and
    /// <paramref name="maxMegabytes"/> as its arguments) when it is larger, longer or no readable .xlsx.
    /// </summary>
    public static async Task<IReadOnlyList<SheetRow>> ReadUploadAsync(HttpRequest request, int maxRows, int maxMegabytes, string unreadableCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var form = await Uploads.ReadFormAsync(request, cancellationToken);
        if (form?.Files.GetFile("file") is not { } file)
        {
            errors.Add("file", "validation.required");
            throw new ValidationException(errors);
        }

        IReadOnlyList<SheetRow>? sheet = null;
        if (file.Length <= maxMegabytes * 1024L * 1024)
        {
            await using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            content.Position = 0;
            sheet = ReadRows(content, maxRows);
        }

        if (sheet is null)
        {
            errors.Add("file", unreadableCode, maxRows, maxMegabytes);
            throw new ValidationException(errors);
        }

        return sheet;
    }

    /// <summary>
    /// The rows of the first sheet of an uploaded .xlsx, each by its header (trimmed), with the sheet's row number (the
    /// header is row 1); wholly empty rows are skipped. Null when the file is no readable .xlsx or has more than
    /// <paramref name="maxRows"/> rows, so the caller answers with its own field error and nothing is saved.
    /// </summary>
    public static IReadOnlyList<SheetRow>? ReadRows(Stream content, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            var rows = new List<SheetRow>();
            var number = 1;
            foreach (IDictionary<string, object?> row in content.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                number++;
                if (row.Values.All(v => v is null || (v is string text && string.IsNullOrWhiteSpace(text))))
                {
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    return null;
                }

                rows.Add(new SheetRow(number, row.ToDictionary(c => c.Key.Trim(), c => c.Value)));
            }

            return rows;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException
                                       or ArgumentException or NotSupportedException or KeyNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>A row of an uploaded sheet: its number in the sheet and its cells by header.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, object?> Cells)
{
    public string? Text(string header) => Cells.TryGetValue(header, out var value) && value is not null && value.ToString() is { } text && !string.IsNullOrWhiteSpace(text)
        ? text.Trim()
        : null;

    /// <summary>A date cell (a date, a spreadsheet serial number, or yyyy-MM-dd text); false when the cell holds something else.</summary>
    public bool TryDate(string header, out DateOnly? date)
    {
        date = null;
        Cells.TryGetValue(header, out var value);
        switch (value)
        {
            case null:
                return true;
            case DateTime at:
                date = DateOnly.FromDateTime(at);
                return true;
            case double serial when serial is > 0 and < 2958466:
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            case string text when string.IsNullOrWhiteSpace(text):
                return true;
            case string text when DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d"],
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed):
                date = parsed;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A number cell (a number, or text of one, thousands separators allowed); false when the cell holds something else.</summary>
    public bool TryAmount(string header, out decimal? amount)
    {
        amount = null;
        Cells.TryGetValue(header, out var value);
        switch (value)
        {
            case null:
                return true;
            case double number when double.IsFinite(number) && Math.Abs(number) < 1e15:
                amount = (decimal)number;
                return true;
            case double:
                return false; // beyond any amount (a decimal would overflow)
            case decimal number:
                amount = number;
                return true;
            case int or long:
                amount = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            case string text when string.IsNullOrWhiteSpace(text):
                return true;
            case string text when decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture, out var parsed):
                amount = parsed;
                return true;
            default:
                return false;
        }
    }
}
