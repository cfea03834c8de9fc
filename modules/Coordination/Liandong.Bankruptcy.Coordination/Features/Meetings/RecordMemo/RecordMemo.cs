using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.RecordMemo;

internal sealed record DecisionRequest(string? Text, Guid? UnitId, int? DueLength, PeriodUnit? DueUnit, Guid? CaseId);

internal sealed record MemoRequest(string? Memo, [property: MaxItems(50)] IReadOnlyList<DecisionRequest>? Decisions) : IValidatable
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

/// <summary>
/// Records the memo once; each decision becomes a coordination item of its unit straight away (the meeting decided it,
/// so no further consent), high priority, due from today by its rule, on the case it names (or the meeting's case, when
/// the meeting was on one case).
/// </summary>
internal sealed class RecordMemo(
    CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, IHolidayCalendar calendars, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, MemoRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        var decided = await units.ActiveUnitsAsync(request.Decisions!.Select(d => d.UnitId!.Value), cancellationToken);
        // A decision names its case, or is on the meeting's case when the meeting was on one.
        Guid? onlyCase = meeting.Cases.Count == 1 ? meeting.Cases[0].CaseId : null;
        var caseNumbers = meeting.Cases.ToDictionary(c => c.CaseId, c => c.CaseNumber);
        foreach (var caseId in request.Decisions!.Select(d => d.CaseId).OfType<Guid>().Distinct().Where(c => !caseNumbers.ContainsKey(c)))
        {
            caseNumbers[caseId] = await cases.CaseNumberAsync(caseId, cancellationToken);
        }

        var decisions = request.Decisions!.Select((d, i) => (d.Text!.Trim(), decided[i], new DueRule(d.DueLength!.Value, d.DueUnit!.Value), d.CaseId ?? onlyCase)).ToList();

        var today = clock.Today();
        // The county's memos are numbered per year; two recorded at the same moment meet on the unique index (409).
        var number = (await db.Meetings.Where(m => m.MemoYear == today.Year).MaxAsync(m => m.MemoNumber, cancellationToken) ?? 0) + 1;
        meeting.RecordMemo(request.Memo!.Trim(), today, number, decisions).OrRefuse(meeting.HeldOn, today);
        var calendar = await calendars.GetAsync(cancellationToken);
        var reminderDays = await db.ReminderDaysAsync(cancellationToken);
        foreach (var decision in meeting.Decisions)
        {
            var caseNumber = decision.CaseId is { } caseId ? caseNumbers[caseId] : null;
            var item = new CoordinationItem(
                new ItemOrigin(decision.CaseId, caseNumber, ItemKinds.MeetingDecision, Title(decision.Text), $"{meeting.Topic}（{meeting.HeldOn:yyyy-MM-dd}）会议备忘第{decision.Number}项",
                    ItemSource.Meeting, null, meeting.Id),
                new UnitRef(decision.UnitId, decision.UnitName), new DueRule(decision.DueLength, decision.DueUnit), ItemPriority.High,
                MemoDecision.SourceKey(meeting.Id, decision.Number));
            item.Start(today, calendar, reminderDays, audit.UserId, clock.GetUtcNow());
            db.Items.Add(item);
            decision.ItemId = item.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Title(string text) => text.Length <= 200 ? text : text[..199] + "…";
}
