using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment;

/// <summary>
/// Supervision and assessment (督查考核, policy 三(四)) of the county's member units over a period: from the units' day
/// counters, items assigned (reaching the unit, by template, consent, memo or reassignment), completed, completed on
/// time (on or before the due date), gone overdue, returned, and the average handling time in working days from the
/// day an item started counting to its completion (on the county's calendar at completion: holidays and weekends inside
/// do not count; completing on the first day is 0); from the open items' counts per due date, those overdue now. Each
/// unit's accountable head, and the commendations and accountability recorded for the period.
/// </summary>
internal sealed class AssessmentFigures(CoordinationDbContext db, IUnitDirectory units, TimeProvider clock)
{
    /// <summary>The figures over the period asked for, or the current half-year (the leadership group meets half-yearly).</summary>
    public async Task<AssessmentDto> ComputeAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (start, end) = Period(from, to, clock.Today());
        return await ComputeAsync(start, end, cancellationToken);
    }

    public static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, DateOnly today)
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

    private async Task<AssessmentDto> ComputeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
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
                HandlingDays = g.Sum(c => (long)c.HandlingDays),
            })
            .ToDictionaryAsync(x => x.UnitId, cancellationToken);
        var overdueNow = (await db.OpenItemCounts.Where(c => c.DueOn < today).GroupBy(c => c.UnitId)
                .Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken))
            .Where(x => x.Count > 0).ToDictionary(x => x.Key, x => x.Count);
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
                c is null ? null : Average(c.HandlingDays, c.Completed), [.. records.Where(r => r.UnitId == id)]));
        }

        rows = [.. rows.OrderByDescending(r => r.OverdueNow).ThenByDescending(r => r.Assigned).ThenBy(r => r.UnitName, StringComparer.Ordinal)];
        var total = new UnitFigures(Guid.Empty, "", null, rows.Sum(r => r.Assigned), rows.Sum(r => r.Completed), rows.Sum(r => r.OnTime),
            rows.Sum(r => r.WentOverdue), rows.Sum(r => r.OverdueNow), rows.Sum(r => r.Returned),
            Average(counted.Values.Sum(c => c.HandlingDays), counted.Values.Sum(c => c.Completed)), records);
        return new AssessmentDto(from, to, today, rows, total);
    }

    /// <summary>The county's items completed and completed on time, month by month over the period (the trend chart).</summary>
    public async Task<IReadOnlyList<MonthFigures>> MonthlyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var months = await db.Counters.AsNoTracking().Where(c => c.Day >= from && c.Day <= to)
            .GroupBy(c => new { c.Day.Year, c.Day.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Completed = g.Sum(c => c.Completed), OnTime = g.Sum(c => c.OnTime) })
            .ToListAsync(cancellationToken);
        var result = new List<MonthFigures>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var found = months.SingleOrDefault(m => m.Year == month.Year && m.Month == month.Month);
            result.Add(new MonthFigures(month, found?.Completed ?? 0, found?.OnTime ?? 0));
        }

        return result;
    }

    /// <summary>Items completed on time of those completed, in per cent to one decimal; none when nothing was completed.</summary>
    public static decimal? OnTimeRate(long completed, long onTime) => completed == 0 ? null : Math.Round(onTime * 100m / completed, 1);

    private static decimal? Average(long days, int count) => count == 0 ? null : Math.Round((decimal)days / count, 1);
}

internal sealed record RecordDto(Guid Id, Guid UnitId, string UnitName, AssessmentKind Kind, DateOnly From, DateOnly To, string Reason, DateOnly DecidedOn);

/// <summary>A unit's figures for the period; <c>Late</c> = completed − on time.</summary>
internal sealed record UnitFigures(
    Guid UnitId, string UnitName, string? AccountableHead, int Assigned, int Completed, int OnTime, int WentOverdue, int OverdueNow, int Returned,
    decimal? AverageWorkingDays, IReadOnlyList<RecordDto> Records)
{
    public int Late => Completed - OnTime;
}

internal sealed record MonthFigures(DateOnly Month, int Completed, int OnTime);

internal sealed record AssessmentDto(DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<UnitFigures> Units, UnitFigures Total);
