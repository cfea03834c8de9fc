using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Liandong.Bankruptcy.Coordination.Persistence;

/// <summary>
/// Adds what items' changes mean to their units' day counters (<c>unit_day_counters</c>), inside the save's transaction:
/// an upsert that adds, so concurrent work on one unit's day loses nothing.
/// </summary>
internal static class DayCounterWriter
{
    public static async Task AddAsync(DatabaseFacade database, Guid tenant, IEnumerable<CounterDelta> deltas, CancellationToken cancellationToken)
    {
        foreach (var g in deltas.GroupBy(t => (t.UnitId, t.Day)))
        {
            var name = g.Last().UnitName;
            var (assigned, completed, onTime, overdue, returned) = (g.Sum(t => t.Assigned), g.Sum(t => t.Completed), g.Sum(t => t.OnTime), g.Sum(t => t.Overdue), g.Sum(t => t.Returned));
            var handlingDays = g.Sum(t => t.HandlingDays);
            await database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO coordination.unit_day_counters AS c (tenant_id, unit_id, day, unit_name, assigned, completed, on_time, overdue, returned, handling_days)
                VALUES ({tenant}, {g.Key.UnitId}, {g.Key.Day}, {name}, {assigned}, {completed}, {onTime}, {overdue}, {returned}, {handlingDays})
                ON CONFLICT (tenant_id, unit_id, day) DO UPDATE SET unit_name = excluded.unit_name,
                    assigned = c.assigned + excluded.assigned, completed = c.completed + excluded.completed, on_time = c.on_time + excluded.on_time,
                    overdue = c.overdue + excluded.overdue, returned = c.returned + excluded.returned, handling_days = c.handling_days + excluded.handling_days
                """, cancellationToken);
        }
    }
}
