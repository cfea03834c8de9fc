using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Time;

/// <summary>A county's working days: weekdays except days off, and weekend make-up working days (调休上班).</summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _daysOff;
    private readonly HashSet<DateOnly> _makeUpWorkingDays;
    private readonly HashSet<int> _knownYears;

    public WorkingCalendar(IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> makeUpWorkingDays, IEnumerable<int> knownYears)
    {
        _daysOff = [.. daysOff];
        _makeUpWorkingDays = [.. makeUpWorkingDays];
        _knownYears = [.. knownYears];
    }

    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkingDays.Contains(date) || (!_daysOff.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>Whether the calendar holds the holiday arrangement of the date's year.</summary>
    public bool Knows(DateOnly date) => _knownYears.Contains(date.Year);
}

public enum PeriodUnit
{
    Days,
    Months,
    WorkingDays,
}

/// <summary>A period as a rule states it: 25 days, 3 months, 3 working days.</summary>
public readonly record struct Period(int Length, PeriodUnit Unit)
{
    public static Period Days(int length) => new(length, PeriodUnit.Days);

    public static Period Months(int length) => new(length, PeriodUnit.Months);

    public static Period WorkingDays(int length) => new(length, PeriodUnit.WorkingDays);
}

/// <summary>A computed deadline; provisional when it depends on a year the calendar does not know yet.</summary>
public sealed record Deadline(DateOnly Date, bool Provisional);

/// <summary>
/// The one deadline calculator. Civil Procedure Law art. 85 (2023 numbering): a period in days does not count its first
/// day, and one whose last day is not a working day ends on the next working day; Civil Code arts. 202–203: a period in
/// months ends on the corresponding day of the month, or the month's last day when there is none, and moves past a
/// holiday the same way. Working days follow the county's calendar, make-up working days included.
/// </summary>
public static class DeadlineCalculator
{
    /// <summary>
    /// A period the court set to end on <paramref name="lastDay"/> (a claim deadline): it ends there, or on the next
    /// working day when that is a rest day (Civil Procedure Law art. 85 applies to periods the court sets too).
    /// </summary>
    public static Deadline EndingOn(DateOnly lastDay, WorkingCalendar calendar) => Compute(lastDay, Period.Days(0), calendar);

    public static Deadline Compute(DateOnly start, Period period, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(period.Length);
        var provisional = false;
        DateOnly Visit(DateOnly date)
        {
            provisional |= !calendar.Knows(date);
            return date;
        }

        DateOnly end;
        if (period.Unit == PeriodUnit.WorkingDays)
        {
            end = start;
            for (var counted = 0; counted < period.Length;)
            {
                end = Visit(end.AddDays(1));
                if (calendar.IsWorkingDay(end))
                {
                    counted++;
                }
            }

            return new Deadline(end, provisional);
        }

        end = Visit(period.Unit == PeriodUnit.Days ? start.AddDays(period.Length) : start.AddMonths(period.Length));
        while (!calendar.IsWorkingDay(end))
        {
            end = Visit(end.AddDays(1));
        }

        return new Deadline(end, provisional);
    }

    /// <summary>
    /// The calendar days of a period in days that begins the day after <paramref name="start"/> and runs through
    /// <paramref name="through"/> inclusive (Civil Procedure Law art. 85: the first day is not counted), rest days
    /// included: what a daily charge counts (a late fee from the day after the due date through the acceptance date).
    /// 0 when <paramref name="through"/> is not after <paramref name="start"/>.
    /// </summary>
    public static int DaysCounted(DateOnly start, DateOnly through) => Math.Max(0, through.DayNumber - start.DayNumber);

    /// <summary>The working days after <paramref name="start"/> up to and including <paramref name="end"/> (0 when end is not after start).</summary>
    public static int WorkingDaysBetween(DateOnly start, DateOnly end, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
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

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days before <paramref name="date"/> (a reminder ahead of
    /// a due date); 0 gives the date itself.
    /// </summary>
    public static DateOnly WorkingDaysBefore(DateOnly date, int workingDays, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}

/// <summary>The current county's working calendar, for computing its deadlines.</summary>
public interface IHolidayCalendar
{
    Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken);
}

internal sealed class HolidayCalendar(PlatformDbContext db) : IHolidayCalendar
{
    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        var days = await db.HolidayDays.AsNoTracking().Select(h => new { h.Date, h.Kind }).ToListAsync(cancellationToken);
        return new WorkingCalendar(
            days.Where(d => d.Kind == HolidayKind.DayOff).Select(d => d.Date),
            days.Where(d => d.Kind == HolidayKind.MakeUpWorkingDay).Select(d => d.Date),
            days.Select(d => d.Date.Year).Distinct());
    }
}
