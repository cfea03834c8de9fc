using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment;

/// <summary>
/// Supervision and assessment (督查考核, policy 三(四)) of the county's member units over a period: from the units' day
/// counters, items assigned (reaching the unit, by template, consent, memo or reassignment), completed, completed on
/// time (on or before the due date), gone overdue, returned; from the items, those overdue now and the average handling
/// time in working days from the day an item started counting to its completion (the county's calendar: holidays and
/// weekends inside the period do not count; completing on the first day is 0). Each unit's accountable head, and the
/// commendations and accountability recorded for the period.
/// </summary>
internal static class Assessment
{
    public static async Task<AssessmentDto> ComputeAsync(
        DateOnly from, DateOnly to, CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var counted = await db.Counters.AsNoTracking().Where(c => c.Day >= from && c.Day <= to)
            .GroupBy(c => c.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Name = g.Max(c => c.UnitName),
                Assigned = g.Sum(c => c.Assigned),
                Completed = g.Sum(c => c.Completed),
                OnTime = g.Sum(c => c.OnTime),
                Overdue = g.Sum(c => c.Overdue),
                Returned = g.Sum(c => c.Returned),
            })
            .ToDictionaryAsync(x => x.UnitId, cancellationToken);
        var overdueNow = await db.Items.AsNoTracking().Where(i => i.IsOpen && i.DueOn < today)
            .GroupBy(i => i.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var handled = await db.Items.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Completed && i.CompletedOn >= from && i.CompletedOn <= to && i.StartsOn != null)
            .Select(i => new { i.UnitId, Start = i.StartsOn!.Value, End = i.CompletedOn!.Value }).ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var handling = handled.GroupBy(h => h.UnitId)
            .ToDictionary(g => g.Key, g => Math.Round((decimal)g.Average(h => WorkingDaysBetween(h.Start, h.End, calendar)), 1));
        var records = await db.AssessmentRecords.AsNoTracking().Where(r => r.From <= to && r.To >= from).OrderBy(r => r.DecidedOn)
            .Select(r => new RecordDto(r.Id, r.UnitId, r.UnitName, r.Kind, r.From, r.To, r.Reason, r.DecidedOn)).ToListAsync(cancellationToken);

        var directory = (await units.ActiveAsync(cancellationToken)).ToDictionary(u => u.Id);
        var ids = directory.Keys.Concat(counted.Keys).Concat(overdueNow.Keys).Distinct();
        var rows = new List<UnitFigures>();
        foreach (var id in ids)
        {
            var unit = directory.GetValueOrDefault(id) ?? await units.FindAsync(id, cancellationToken);
            var c = counted.GetValueOrDefault(id);
            rows.Add(new UnitFigures(id, unit?.Name ?? c?.Name ?? "", unit?.AccountableHead,
                c?.Assigned ?? 0, c?.Completed ?? 0, c?.OnTime ?? 0, c?.Overdue ?? 0, overdueNow.GetValueOrDefault(id), c?.Returned ?? 0,
                handling.TryGetValue(id, out var days) ? days : null, [.. records.Where(r => r.UnitId == id)]));
        }

        rows = [.. rows.OrderByDescending(r => r.OverdueNow).ThenByDescending(r => r.Assigned).ThenBy(r => r.UnitName, StringComparer.Ordinal)];
        var total = new UnitFigures(Guid.Empty, "", null, rows.Sum(r => r.Assigned), rows.Sum(r => r.Completed), rows.Sum(r => r.OnTime),
            rows.Sum(r => r.WentOverdue), rows.Sum(r => r.OverdueNow), rows.Sum(r => r.Returned),
            handled.Count == 0 ? null : Math.Round((decimal)handled.Average(h => WorkingDaysBetween(h.Start, h.End, calendar)), 1), records);
        return new AssessmentDto(from, to, today, rows, total);
    }

    /// <summary>Working days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    public static int WorkingDaysBetween(DateOnly start, DateOnly end, WorkingCalendar calendar)
    {
        var days = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days++;
            }
        }

        return days;
    }
}

internal sealed record RecordDto(Guid Id, Guid UnitId, string UnitName, AssessmentKind Kind, DateOnly From, DateOnly To, string Reason, DateOnly DecidedOn);

/// <summary>A unit's figures for the period; <c>Late</c> = completed − on time.</summary>
internal sealed record UnitFigures(
    Guid UnitId, string UnitName, string? AccountableHead, int Assigned, int Completed, int OnTime, int WentOverdue, int OverdueNow, int Returned,
    decimal? AverageWorkingDays, IReadOnlyList<RecordDto> Records)
{
    public int Late => Completed - OnTime;
}

internal sealed record AssessmentDto(DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<UnitFigures> Units, UnitFigures Total);
