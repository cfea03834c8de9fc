using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>Spreadsheet exports (.xlsx, MiniExcel): one sheet, a header row from the first row's column names, then the rows.</summary>
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
}
