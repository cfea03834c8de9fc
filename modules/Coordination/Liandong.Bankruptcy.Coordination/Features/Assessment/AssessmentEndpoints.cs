using System.Globalization;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment;

/// <summary>
/// Supervision and assessment: the figures per unit and for the county over a period, commendation and accountability
/// records, the circulated report (通报) as .docx and .xlsx; and, on the host side, the city supervisor's counters.
/// </summary>
internal static class AssessmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var assessment = api.MapGroup("/coordination/assessment").WithTags("Coordination assessment");
        assessment.MapGet("", (DateOnly? from, DateOnly? to, CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, TimeProvider clock, CancellationToken ct) =>
            ComputeAsync(from, to, db, units, calendars, clock, ct)).RequirePermission(CoordinationPermissions.Assessment)
            .Describe("GetAssessment", "Supervision figures per unit over a period", "督查考核：各单位统计");
        assessment.MapGet("/report.docx", async (DateOnly? from, DateOnly? to, CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, TimeProvider clock, CancellationToken ct) =>
        {
            var figures = await ComputeAsync(from, to, db, units, calendars, clock, ct);
            return Documents.DocxResult($"府院联动工作通报（{figures.From:yyyy年M月d日}至{figures.To:yyyy年M月d日}）", ReportBlocks(figures), $"report-{figures.From:yyyyMMdd}-{figures.To:yyyyMMdd}.docx");
        }).RequirePermission(CoordinationPermissions.Assessment)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .Describe("DownloadAssessmentReport", "The circulated assessment report (Word)", "下载考核通报（Word）");
        assessment.MapGet("/report.xlsx", async (DateOnly? from, DateOnly? to, CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, TimeProvider clock, CancellationToken ct) =>
        {
            var figures = await ComputeAsync(from, to, db, units, calendars, clock, ct);
            var table = Table(figures);
            return await Spreadsheets.XlsxAsync([.. table.Skip(1).Select(row => (IReadOnlyList<KeyValuePair<string, object?>>)
                [.. table[0].Zip(row, (h, v) => new KeyValuePair<string, object?>(h, v))])], $"report-{figures.From:yyyyMMdd}-{figures.To:yyyyMMdd}.xlsx", ct);
        }).RequirePermission(CoordinationPermissions.Assessment)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Describe("DownloadAssessmentTable", "The assessment table (Excel)", "下载考核表（Excel）");
        assessment.MapPost("/records", Record).RequirePermission(CoordinationPermissions.RecordAssessment).WithIdempotency()
            .Describe("RecordAssessment", "Record a commendation or accountability", "记录表扬或问责");

        api.MapGet("/host/coordination/counters", CityCounters).WithTags("Coordination assessment").RequirePermission(CoordinationPermissions.CityCounters)
            .Describe("GetCityCounters", "Every county's counts per unit (counts only)", "全市联动统计（仅计数）");
    }

    /// <summary>The period asked for, or the current half-year (the leadership group meets half-yearly).</summary>
    internal static async Task<AssessmentDto> ComputeAsync(
        DateOnly? from, DateOnly? to, CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (start, end) = Period(from, to, clock.Today());
        return await Assessment.ComputeAsync(start, end, db, units, calendars, clock, cancellationToken);
    }

    internal static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var half = today.Month <= 6 ? new DateOnly(today.Year, 1, 1) : new DateOnly(today.Year, 7, 1);
        var (start, end) = (from ?? half, to ?? half.AddMonths(6).AddDays(-1));
        if (end < start || end.DayNumber - start.DayNumber > 3660)
        {
            var errors = new ValidationErrors();
            errors.Add("to", "validation.invalid_value");
            throw new ValidationException(errors);
        }

        return (start, end);
    }

    private static async Task<Created<RecordDto>> Record(
        RecordRequest request, CoordinationDbContext db, IUnitDirectory units, IAuditContext audit, CancellationToken cancellationToken)
    {
        var record = await RecordAsync(request, db, units, audit, cancellationToken);
        return TypedResults.Created($"/api/coordination/assessment?from={record.From:yyyy-MM-dd}&to={record.To:yyyy-MM-dd}",
            new RecordDto(record.Id, record.UnitId, record.UnitName, record.Kind, record.From, record.To, record.Reason, record.DecidedOn));
    }

    internal static async Task<AssessmentRecord> RecordAsync(
        RecordRequest request, CoordinationDbContext db, IUnitDirectory units, IAuditContext audit, CancellationToken cancellationToken)
    {
        var unit = await units.ActiveUnitAsync(request.UnitId!.Value, cancellationToken);
        var record = new AssessmentRecord(unit, request.Kind!.Value, request.From!.Value, request.To!.Value, request.Reason!.Trim(),
            request.DecidedOn!.Value, audit.UserId);
        db.AssessmentRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>The figures as a table: a header row, a row per unit, the county's total.</summary>
    internal static List<IReadOnlyList<string>> Table(AssessmentDto a)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        static string R(UnitFigures u) => u.Completed == 0 ? "" : (u.OnTime * 100m / u.Completed).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        static string H(UnitFigures u) => u.AverageWorkingDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
        return
        [
            ["成员单位", "负责人", "交办", "办结", "按期办结", "逾期办结", "按期率", "期间逾期", "当前逾期", "退回", "平均办理工作日"],
            .. a.Units.Select(u => (IReadOnlyList<string>)[u.UnitName, u.AccountableHead ?? "", N(u.Assigned), N(u.Completed), N(u.OnTime), N(u.Late), R(u), N(u.WentOverdue), N(u.OverdueNow), N(u.Returned), H(u)]),
            ["合计", "", N(a.Total.Assigned), N(a.Total.Completed), N(a.Total.OnTime), N(a.Total.Late), R(a.Total), N(a.Total.WentOverdue), N(a.Total.OverdueNow), N(a.Total.Returned), H(a.Total)],
        ];
    }

    /// <summary>The half-yearly circulated report: the summary, the table, the commended and the units held accountable.</summary>
    internal static IEnumerable<DocBlock> ReportBlocks(AssessmentDto a)
    {
        var t = a.Total;
        yield return new DocBlock.Paragraph($"{a.From:yyyy年M月d日}至{a.To:yyyy年M月d日}，各成员单位共承办联动事项{t.Assigned}项，办结{t.Completed}项，其中按期办结{t.OnTime}项、逾期办结{t.Late}项；截至{a.Today:yyyy年M月d日}逾期未办结{t.OverdueNow}项；退回{t.Returned}项。");
        yield return new DocBlock.Heading("一、各成员单位办理情况");
        yield return new DocBlock.Table(Table(a));
        yield return new DocBlock.Heading("二、表扬");
        foreach (var r in t.Records.Where(r => r.Kind == AssessmentKind.Commendation))
        {
            yield return new DocBlock.Paragraph($"{r.UnitName}：{r.Reason}");
        }

        yield return new DocBlock.Heading("三、问责");
        foreach (var r in t.Records.Where(r => r.Kind == AssessmentKind.Accountability))
        {
            yield return new DocBlock.Paragraph($"{r.UnitName}：{r.Reason}");
        }
    }

    /// <summary>
    /// The city supervisor's view: every county's counters over the period, per unit, through the one database function
    /// that reads across counties and returns counts only (no item, case or person).
    /// </summary>
    private static async Task<Ok<List<CountyCounters>>> CityCounters(
        DateOnly? from, DateOnly? to, CoordinationDbContext db, ICountyRegistry counties, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CityCountersAsync(Period(from, to, clock.Today()), db, counties, cancellationToken));

    internal static async Task<List<CountyCounters>> CityCountersAsync((DateOnly From, DateOnly To) period, CoordinationDbContext db, ICountyRegistry counties, CancellationToken cancellationToken)
    {
        var (start, end) = period;
        var rows = new List<(Guid County, UnitCounters Unit)>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT county_id, unit_name, assigned, completed, on_time, overdue, returned FROM coordination.city_counters(@from, @to)";
            command.Parameters.Add(new Npgsql.NpgsqlParameter("from", start));
            command.Parameters.Add(new Npgsql.NpgsqlParameter("to", end));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetGuid(0), new UnitCounters(reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6))));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return (await counties.AllAsync(cancellationToken)).Select(c =>
        {
            var units = rows.Where(r => r.County == c.Id).Select(r => r.Unit).OrderBy(u => u.UnitName, StringComparer.Ordinal).ToList();
            return new CountyCounters(c.DivisionCode, c.Name, units.Sum(u => u.Assigned), units.Sum(u => u.Completed), units.Sum(u => u.OnTime),
                units.Sum(u => u.Overdue), units.Sum(u => u.Returned), units);
        }).ToList();
    }
}

internal sealed record UnitCounters(string UnitName, long Assigned, long Completed, long OnTime, long Overdue, long Returned);

internal sealed record CountyCounters(string DivisionCode, string Name, long Assigned, long Completed, long OnTime, long Overdue, long Returned, IReadOnlyList<UnitCounters> Units);

internal sealed record RecordRequest(Guid? UnitId, AssessmentKind? Kind, DateOnly? From, DateOnly? To, string? Reason, DateOnly? DecidedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }

        errors.Defined("kind", Kind);
        errors.RequiredText("reason", Reason, 1000);
        if (From is null || To is null || To < From)
        {
            errors.Add("to", "validation.invalid_value");
        }

        if (DecidedOn is null)
        {
            errors.Add("decidedOn", "validation.required");
        }
    }
}
