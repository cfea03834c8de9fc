using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister.Export;

internal static class ExportCasesEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/export", ExportAsync)
            .RequirePermission(CasesPermissions.View)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Describe("ExportCases", "The filtered case list as a spreadsheet", "导出案件列表（Excel）");

    /// <summary>At most this many rows per export; a county with more narrows the filters.</summary>
    internal const int MaxExportRows = 50_000;

    /// <summary>The filtered list as a spreadsheet, in case-number order, column headers in the user's language.</summary>
    private static async Task<FileContentHttpResult> ExportAsync(
        [AsParameters] CaseFilter filter, CaseList list, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var threshold = await list.LongPendingThresholdAsync(cancellationToken);
        var rows = await list.Filtered(filter, threshold).OrderBy(c => c.ListKey).Take(MaxExportRows)
            .Select(c => new
            {
                c.CaseNumber, Debtors = c.Debtors.OrderBy(d => d.Position).Select(d => d.Name).ToList(), c.Procedure, c.State, c.PresidingJudge,
                c.AcceptedOn, c.AdministratorFirmName, c.FastTrack, LongPending = c.AcceptedOn < threshold && CaseTransitions.Pending.Contains(c.State),
            })
            .ToListAsync(cancellationToken);
        var t = ModuleMessages.For(http);
        string Yes(bool value) => value ? t["page.cases.yes"] : "";
        return await Spreadsheets.XlsxAsync(
            [.. rows.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new(t["page.cases.case_number"], r.CaseNumber),
                new(t["page.cases.debtors"], string.Join("、", r.Debtors)),
                new(t["page.cases.procedure"], t["Procedure." + r.Procedure].Value),
                new(t["page.cases.state"], t["CaseState." + r.State].Value),
                new(t["page.cases.judge"], r.PresidingJudge),
                new(t["page.cases.accepted_on"], r.AcceptedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new(t["page.cases.administrator"], r.AdministratorFirmName),
                new(t["page.cases.fast_track"], Yes(r.FastTrack)),
                new(t["page.cases.long_pending"], Yes(r.LongPending)),
            ])],
            $"cases-{today:yyyyMMdd}.xlsx", cancellationToken);
    }
}
