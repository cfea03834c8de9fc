using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.City;

internal sealed record UnitCounters(string UnitName, long Assigned, long Completed, long OnTime, long Overdue, long Returned);

internal sealed record CountyCounters(string DivisionCode, string Name, long Assigned, long Completed, long OnTime, long Overdue, long Returned, IReadOnlyList<UnitCounters> Units);

/// <summary>
/// The city supervisor's view: every county's counters over the period, per unit, through the one database function
/// that reads across counties and returns counts only (no item, case or person).
/// </summary>
internal sealed class CityCounters(CoordinationDbContext db, ICountyRegistry counties)
{
    public async Task<List<CountyCounters>> ReadAsync((DateOnly From, DateOnly To) period, CancellationToken cancellationToken)
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
