using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.Report;

internal static class AssessmentEndpoints
{
    public static void MapReads(IEndpointRouteBuilder assessment)
    {
        assessment.MapGet("", async (DateOnly? from, DateOnly? to, AssessmentFigures figures, CancellationToken ct) => TypedResults.Ok(await figures.ComputeAsync(from, to, ct)))
            .RequirePermission(CoordinationPermissions.Assessment)
            .Describe("GetAssessment", "Supervision figures per unit over a period", "督查考核：各单位统计");
        assessment.MapGet("/report.docx", async (DateOnly? from, DateOnly? to, AssessmentFigures figures, CancellationToken ct) =>
            {
                var a = await figures.ComputeAsync(from, to, ct);
                return Documents.DocxResult($"府院联动工作通报（{a.From:yyyy年M月d日}至{a.To:yyyy年M月d日}）", AssessmentReport.Blocks(a), $"report-{a.From:yyyyMMdd}-{a.To:yyyyMMdd}.docx");
            })
            .RequirePermission(CoordinationPermissions.Assessment)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .Describe("DownloadAssessmentReport", "The circulated assessment report (Word)", "下载考核通报（Word）");
        assessment.MapGet("/report.xlsx", async (DateOnly? from, DateOnly? to, AssessmentFigures figures, CancellationToken ct) =>
            {
                var a = await figures.ComputeAsync(from, to, ct);
                var table = AssessmentReport.Table(a);
                return await Spreadsheets.XlsxAsync([.. table.Skip(1).Select(row => (IReadOnlyList<KeyValuePair<string, object?>>)
                    [.. table[0].Zip(row, (h, v) => new KeyValuePair<string, object?>(h, v))])], $"report-{a.From:yyyyMMdd}-{a.To:yyyyMMdd}.xlsx", ct);
            })
            .RequirePermission(CoordinationPermissions.Assessment)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Describe("DownloadAssessmentTable", "The assessment table (Excel)", "下载考核表（Excel）");
    }
}
