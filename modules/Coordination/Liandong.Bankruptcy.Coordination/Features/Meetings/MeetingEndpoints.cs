using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings;

/// <summary>Coordination meetings and their memos: schedule, record the memo, send up, circulate; the memo as .docx.</summary>
internal static class MeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var meetings = api.MapGroup("/coordination/meetings").WithTags("Coordination meetings");
        meetings.MapGet("", List).RequirePermission(CoordinationPermissions.Meetings)
            .Describe("ListCoordinationMeetings", "Coordination meetings", "协调会议列表");
        meetings.MapGet("/{id:guid}", Get).RequirePermission(CoordinationPermissions.Meetings)
            .Describe("GetCoordinationMeeting", "One coordination meeting with its memo", "协调会议及会议纪要");
        meetings.MapGet("/{id:guid}/memo.docx", Memo).RequirePermission(CoordinationPermissions.Meetings)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .Describe("DownloadMemo", "The memo as a Word document", "下载会议纪要（Word）");
        meetings.MapPost("", async (ScheduleMeetingRequest request, MeetingWork work, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var meeting = await work.ScheduleAsync(request, ct);
            http.SetETag(meeting);
            return TypedResults.Created($"/api/coordination/meetings/{meeting.Id}", await DtoAsync(meeting, db, ct));
        }).RequirePermission(CoordinationPermissions.ManageMeetings).WithIdempotency()
            .Describe("ScheduleCoordinationMeeting", "Schedule a coordination meeting", "安排协调会议");
        meetings.MapPut("/{id:guid}/memo", (Guid id, MemoRequest request, MeetingWork work, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
            Respond(http, db, work.RecordMemoAsync(id, http.RequiredIfMatch(), request, ct), ct)).RequirePermission(CoordinationPermissions.ManageMeetings).RequiresIfMatch()
            .Describe("RecordMemo", "Record the memo; each decided item reaches its unit", "记录会议纪要（议定事项分派到单位）");
        meetings.MapPost("/{id:guid}/send-up", (Guid id, DateRequest request, MeetingWork work, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
            Respond(http, db, work.SendUpAsync(id, http.RequiredIfMatch(), request, ct), ct)).RequirePermission(CoordinationPermissions.ManageMeetings).RequiresIfMatch()
            .Describe("SendUpMemo", "Send the memo's results up", "呈送办理结果");
        meetings.MapPost("/{id:guid}/circulate", (Guid id, DateRequest request, MeetingWork work, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
            Respond(http, db, work.CirculateAsync(id, http.RequiredIfMatch(), request, ct), ct)).RequirePermission(CoordinationPermissions.ManageMeetings).RequiresIfMatch()
            .Describe("CirculateMemo", "Circulate the memo's results to every unit", "通报办理结果");
    }

    private static async Task<Ok<List<MeetingSummary>>> List(CoordinationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenBy(m => m.Id).Take(200)
            .Select(m => new MeetingSummary(m.Id, m.Kind, m.Topic, m.HeldOn, m.Memo != null, m.SentUpOn, m.CirculatedOn, m.Decisions.Count))
            .ToListAsync(cancellationToken));

    private static async Task<Ok<MeetingDto>> Get(Guid id, CoordinationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var meeting = await MeetingWork.FindAsync(id, db, cancellationToken);
        http.SetETag(meeting);
        return TypedResults.Ok(await DtoAsync(meeting, db, cancellationToken));
    }

    /// <summary>The memo and the state of its items, as a Word document for the leadership group and the member units.</summary>
    private static async Task<FileContentHttpResult> Memo(Guid id, CoordinationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var dto = await DtoAsync(await MeetingWork.FindAsync(id, db, cancellationToken), db, cancellationToken);
        return Documents.DocxResult($"{dto.Topic}会议备忘", MemoBlocks(dto, clock.Today()), $"memo-{dto.HeldOn:yyyyMMdd}.docx");
    }

    /// <summary>The memo as headings, paragraphs and the decisions' table (the printable page shows the same).</summary>
    internal static IEnumerable<DocBlock> MemoBlocks(MeetingDto m, DateOnly today)
    {
        yield return new DocBlock.Paragraph($"会议日期：{m.HeldOn:yyyy-MM-dd}　参会单位：{string.Join("、", m.Attendees.Select(a => a.Name))}");
        if (m.Cases.Count > 0)
        {
            yield return new DocBlock.Paragraph($"涉及案件：{string.Join("、", m.Cases.Select(c => c.Number))}");
        }

        yield return new DocBlock.Heading("一、会议议定");
        yield return new DocBlock.Paragraph(m.Memo ?? "");
        yield return new DocBlock.Heading("二、议定事项办理情况");
        yield return new DocBlock.Table([
            ["序号", "事项", "责任单位", "办理期限", "状态", "办理结果"],
            .. m.Decisions.Select(d => (IReadOnlyList<string>)[d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Text, d.UnitName,
                d.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", StatusText(d, today), d.Result ?? ""]),
        ]);
        if (m.SentUpOn is { } up)
        {
            yield return new DocBlock.Paragraph($"已于{up:yyyy年M月d日}呈送领导小组审阅" + (m.CirculatedOn is { } c ? $"，{c:yyyy年M月d日}通报各成员单位。" : "。"));
        }
    }

    private static string StatusText(DecisionDto d, DateOnly today) => d.Status switch
    {
        ItemStatus.Completed => d.CompletedOn <= d.DueOn ? "按期办结" : "逾期办结",
        ItemStatus.Returned => "已退回",
        _ when d.DueOn < today => "逾期未办结",
        _ => "办理中",
    };

    private static async Task<Ok<MeetingDto>> Respond(HttpContext http, CoordinationDbContext db, Task<CoordinationMeeting> change, CancellationToken cancellationToken)
    {
        var meeting = await change;
        http.SetETag(meeting);
        return TypedResults.Ok(await DtoAsync(meeting, db, cancellationToken));
    }

    internal static async Task<MeetingDto> DtoAsync(CoordinationMeeting m, CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var items = await MeetingWork.ItemsOfAsync(m, db, cancellationToken);
        return new MeetingDto(m.Id, m.Kind, m.Topic, m.HeldOn, m.RaisedByUnitName, m.Status,
            [.. m.Attendees.OrderBy(a => a.UnitName).Select(a => new AttendeeDto(a.UnitId, a.UnitName))],
            [.. m.Cases.OrderBy(c => c.CaseNumber).Select(c => new LinkedCaseDto(c.CaseId, c.CaseNumber))],
            m.Memo, m.MemoOn,
            [.. m.Decisions.OrderBy(d => d.Number).Select(d =>
            {
                var item = d.ItemId is { } itemId ? items.GetValueOrDefault(itemId) : null;
                return new DecisionDto(d.Number, d.Text, d.UnitId, d.UnitName, d.CaseId, d.ItemId, item?.Status, item?.DueOn, item?.CompletedOn, item?.Result);
            })],
            m.SentUpOn, m.CirculatedOn, m.Version);
    }
}

internal sealed record MeetingSummary(Guid Id, MeetingKind Kind, string Topic, DateOnly HeldOn, bool MemoRecorded, DateOnly? SentUpOn, DateOnly? CirculatedOn, int Decisions);

internal sealed record AttendeeDto(Guid UnitId, string Name);

internal sealed record LinkedCaseDto(Guid CaseId, string Number);

/// <summary>A decided item with what became of it: null status when the item is not visible to the user.</summary>
internal sealed record DecisionDto(
    int Number, string Text, Guid UnitId, string UnitName, Guid? CaseId, Guid? ItemId, ItemStatus? Status, DateOnly? DueOn, DateOnly? CompletedOn, string? Result);

internal sealed record MeetingDto(
    Guid Id, MeetingKind Kind, string Topic, DateOnly HeldOn, string? RaisedBy, MeetingStatus Status, IReadOnlyList<AttendeeDto> Attendees,
    IReadOnlyList<LinkedCaseDto> Cases, string? Memo, DateOnly? MemoOn, IReadOnlyList<DecisionDto> Decisions, DateOnly? SentUpOn, DateOnly? CirculatedOn,
    uint Version);

internal sealed record ScheduleMeetingRequest(MeetingKind? Kind, string? Topic, DateOnly? HeldOn, Guid? RaisedByUnitId, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<Guid>? CaseIds)
    : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("topic", Topic, 200);
        if (HeldOn is null)
        {
            errors.Add("heldOn", "validation.required");
        }

        if (UnitIds is { Count: > 60 })
        {
            errors.Add("unitIds", "validation.range", 0, 60);
        }

        if (CaseIds is { Count: > 50 })
        {
            errors.Add("caseIds", "validation.range", 0, 50);
        }
    }
}

internal sealed record DecisionRequest(string? Text, Guid? UnitId, int? DueLength, PeriodUnit? DueUnit, Guid? CaseId);

internal sealed record MemoRequest(string? Memo, IReadOnlyList<DecisionRequest>? Decisions) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("memo", Memo, 8000);
        if (Decisions is not { Count: > 0 and <= 50 })
        {
            errors.Add("decisions", "validation.range", 1, 50);
            return;
        }

        foreach (var (d, i) in Decisions.Select((d, i) => (d, i)))
        {
            errors.RequiredText($"decisions[{i}].text", d.Text, 500);
            if (d.UnitId is null)
            {
                errors.Add($"decisions[{i}].unitId", "validation.required");
            }

            if (d.DueLength is not (>= 1 and <= 365))
            {
                errors.Add($"decisions[{i}].dueLength", "validation.range", 1, 365);
            }

            if (d.DueUnit is not (PeriodUnit.Days or PeriodUnit.WorkingDays))
            {
                errors.Add($"decisions[{i}].dueUnit", "validation.invalid_value");
            }
        }
    }
}
