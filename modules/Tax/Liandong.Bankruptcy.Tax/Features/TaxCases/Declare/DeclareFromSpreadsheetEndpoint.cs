using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Declare;

/// <summary>
/// A declaration from the bureau's ledger: a form with <c>file</c> (.xlsx, the template's headers, at most 500 rows, 5 MB)
/// and <c>declaredOn</c>; the same use case as a declaration by JSON, its errors by the sheet's row.
/// </summary>
internal static class DeclareFromSpreadsheetEndpoint
{
    public const int MaxMegabytes = 5;

    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/declarations.xlsx", async (Guid id, HttpRequest request, DeclareTaxClaims handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
            {
                await reader.FindAsync(id, ct); // 404 before reading the body
                var (declaration, rows) = await ReadAsync(request, ct);
                return await http.UpdateAsync(version => handler.HandleAsync(id, version, declaration, ct, i => $"rows[{rows[i]}]"), () => reader.GetAsync(id, ct));
            })
            .RequirePermission(TaxPermissions.Declare)
            .RequiresIfMatch()
            .DisableAntiforgery()
            .AcceptsUpload("declaredOn")
            .Describe("DeclareTaxClaimsFromSpreadsheet",
                "Declare tax and social-insurance claims from a spreadsheet (form fields `file`, .xlsx with the template's headers, at most 500 rows; `declaredOn`)",
                "以电子表格（按模板填写的 Excel 工作簿，至多 500 行）申报税收及社会保险费债权");
        cases.MapGet("/declaration-template.xlsx", (CancellationToken ct) => Spreadsheets.XlsxAsync(DeclarationSheet.Template(), "税收债权申报模板.xlsx", ct))
            .RequirePermission(TaxPermissions.Declare)
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.ContentType)
            .Describe("GetTaxDeclarationTemplate", "The spreadsheet template for a tax declaration", "税收债权申报表模板");
    }

    /// <summary>The declaration in the form: 400 with every bad row and field, or the lines with their row numbers.</summary>
    public static async Task<(DeclareTaxClaimsRequest Declaration, List<int> Rows)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var form = await Uploads.ReadFormAsync(request, ct);
        var declaredOn = DateOnly.TryParseExact(form?["declaredOn"].ToString(), "yyyy-MM-dd", out var on) ? on : (DateOnly?)null;
        errors.RequiredDate("declaredOn", declaredOn);
        if (form?.Files.GetFile("file") is not { } file)
        {
            errors.Add("file", "validation.required");
            throw new ValidationException(errors);
        }

        IReadOnlyList<SheetRow>? sheet = null;
        if (file.Length <= MaxMegabytes * 1024L * 1024)
        {
            await using var content = new MemoryStream();
            await file.CopyToAsync(content, ct);
            content.Position = 0;
            sheet = Spreadsheets.ReadRows(content, DeclareTaxClaimsRequest.MaxLines);
        }

        if (sheet is null)
        {
            errors.Add("file", "tax.sheet_unreadable", DeclareTaxClaimsRequest.MaxLines, MaxMegabytes);
            throw new ValidationException(errors);
        }

        var (lines, rows) = DeclarationSheet.Read(sheet, errors);
        if (lines.Count == 0)
        {
            errors.Add("file", "tax.sheet_empty");
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }

        return (new DeclareTaxClaimsRequest(declaredOn, lines), rows);
    }
}
