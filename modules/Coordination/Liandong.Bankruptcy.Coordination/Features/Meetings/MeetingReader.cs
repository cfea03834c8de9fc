using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings;

/// <summary>Reads one meeting with its memo and the state of its items, as the user may see it (404 otherwise): its GET, page, memo document and every write's answer.</summary>
internal sealed class MeetingReader(CoordinationDbContext db)
{
    public async Task<MeetingDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var m = await db.MeetingAsync(id, tracked: false, cancellationToken);
        var items = await ItemsOfAsync(m, cancellationToken);
        return new MeetingDto(m.Id, m.Kind, m.Topic, m.HeldOn, m.RaisedByUnitName, m.Status,
            [.. m.Attendees.OrderBy(a => a.UnitName).Select(a => new AttendeeDto(a.UnitId, a.UnitName))],
            [.. m.Cases.OrderBy(c => c.CaseNumber).Select(c => new LinkedCaseDto(c.CaseId, c.CaseNumber))],
            m.Memo, m.MemoOn, m.DocumentNumber(m.MemoNumber is null ? "" : await db.MemoCodeAsync(cancellationToken)),
            [.. m.Decisions.OrderBy(d => d.Number).Select(d =>
            {
                var item = d.ItemId is { } itemId ? items.GetValueOrDefault(itemId) : null;
                return new DecisionDto(d.Number, d.Text, d.UnitId, d.UnitName, d.CaseId, d.ItemId, item?.Status, item?.DueOn, item?.CompletedOn, item?.Result);
            })],
            m.SentUpOn, m.CirculatedOn, m.Version);
    }

    /// <summary>The memo's items as they stand (status, due date, result), by id.</summary>
    private async Task<IReadOnlyDictionary<Guid, CoordinationItem>> ItemsOfAsync(CoordinationMeeting meeting, CancellationToken cancellationToken)
    {
        var ids = meeting.Decisions.Select(d => d.ItemId).OfType<Guid>().ToList();
        return await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }
}

internal static class MeetingQueries
{
    /// <summary>The meeting with its attendees, cases and decisions; 404 when the county has no such meeting.</summary>
    public static async Task<CoordinationMeeting> MeetingAsync(this CoordinationDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Meetings.AsSplitQuery().Include(m => m.Attendees).Include(m => m.Cases).Include(m => m.Decisions);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
    }

    /// <summary>The meeting, tracked, at the version the user saw (404, 412).</summary>
    public static async Task<CoordinationMeeting> MeetingForChangeAsync(this CoordinationDbContext db, Guid id, uint expected, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingAsync(id, tracked: true, cancellationToken);
        db.ExpectVersion(meeting, expected);
        return meeting;
    }
}
