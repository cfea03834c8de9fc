using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings;

/// <summary>
/// What the office does with coordination meetings (the API and the pages call the same code): schedule one, record its
/// memo (each decision becomes an item that reaches its unit at once), send the results up for the leadership group's
/// review, circulate them to every member unit.
/// </summary>
internal sealed class MeetingWork(
    CoordinationDbContext db, IUnitDirectory units, IMemberDirectory members, ICaseQueries cases, IHolidayCalendar calendars, IAuditContext audit,
    TimeProvider clock)
{
    public async Task<CoordinationMeeting> ScheduleAsync(ScheduleMeetingRequest request, CancellationToken cancellationToken)
    {
        var raisedBy = request.RaisedByUnitId is { } raiser ? await units.ActiveUnitAsync(raiser, cancellationToken) : null;
        var meeting = new CoordinationMeeting(request.Kind!.Value, request.Topic!.Trim(), request.HeldOn!.Value, raisedBy);
        var attending = await units.ActiveUnitsAsync(request.UnitIds ?? [], cancellationToken);
        var linked = new List<(Guid, string)>();
        foreach (var caseId in request.CaseIds ?? [])
        {
            linked.Add((caseId, await cases.CaseNumberAsync(caseId, cancellationToken)));
        }

        meeting.Attend(attending, linked);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>Records the memo once; each decision becomes an item for its unit, due from today by its rule.</summary>
    public async Task<CoordinationMeeting> RecordMemoAsync(Guid id, uint expected, MemoRequest request, CancellationToken cancellationToken)
    {
        var meeting = await ForChangeAsync(id, expected, cancellationToken);
        var decided = await units.ActiveUnitsAsync(request.Decisions!.Select(d => d.UnitId!.Value), cancellationToken);
        var caseNumbers = new Dictionary<Guid, string>();
        foreach (var caseId in request.Decisions!.Select(d => d.CaseId).OfType<Guid>().Distinct())
        {
            caseNumbers[caseId] = await cases.CaseNumberAsync(caseId, cancellationToken);
        }

        var decisions = request.Decisions!.Select((d, i) => (d.Text!.Trim(), decided[i], new DueRule(d.DueLength!.Value, d.DueUnit!.Value), d.CaseId)).ToList();

        var today = clock.Today();
        Check(meeting.RecordMemo(request.Memo!.Trim(), today, decisions));
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
        return meeting;
    }

    public async Task<CoordinationMeeting> SendUpAsync(Guid id, uint expected, DateRequest request, CancellationToken cancellationToken)
    {
        var meeting = await ForChangeAsync(id, expected, cancellationToken);
        Check(meeting.SendUp(request.On!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>Circulates the results: every officer of every active member unit of the county is notified.</summary>
    public async Task<CoordinationMeeting> CirculateAsync(Guid id, uint expected, DateRequest request, CancellationToken cancellationToken)
    {
        var meeting = await ForChangeAsync(id, expected, cancellationToken);
        Check(meeting.Circulate(request.On!.Value));
        var all = await units.ActiveAsync(cancellationToken);
        var text = $"通报：{meeting.Topic}（{meeting.HeldOn:yyyy-MM-dd}）会议备忘事项办理情况。";
        var now = clock.GetUtcNow();
        foreach (var user in await members.MembersOfAsync([.. all.Select(u => u.Id)], cancellationToken))
        {
            db.Notifications.Add(new Notification(user, null, text, now, $"/coordination/meetings/{meeting.Id}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>The meeting with its attendees, cases and decisions; 404 when the county has no such meeting.</summary>
    public static async Task<CoordinationMeeting> FindAsync(Guid id, CoordinationDbContext db, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.Meetings.AsSplitQuery().Include(m => m.Attendees).Include(m => m.Cases).Include(m => m.Decisions);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
    }

    /// <summary>The memo's items as they stand (status, due date, result), by decision number.</summary>
    public static async Task<IReadOnlyDictionary<Guid, CoordinationItem>> ItemsOfAsync(CoordinationMeeting meeting, CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var ids = meeting.Decisions.Select(d => d.ItemId).OfType<Guid>().ToList();
        return await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    private async Task<CoordinationMeeting> ForChangeAsync(Guid id, uint expected, CancellationToken cancellationToken)
    {
        var meeting = await FindAsync(id, db, cancellationToken, tracked: true);
        db.ExpectVersion(meeting, expected);
        return meeting;
    }

    private static string Title(string text) => text.Length <= 200 ? text : text[..199] + "…";

    private static void Check(MeetingOutcome outcome) => outcome.OrRefuse();
}
