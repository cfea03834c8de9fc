using System.Globalization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Seeding;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The period rules over the 2025–2026 national arrangements (etc/reference/cn-public-holidays.json).</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly WorkingCalendar National = new(
        NationalHolidays.Days.Where(d => d.Kind == HolidayKind.DayOff).Select(d => d.Date),
        NationalHolidays.Days.Where(d => d.Kind == HolidayKind.MakeUpWorkingDay).Select(d => d.Date),
        [2025, 2026]);

    [Theory]
    [InlineData("2026-03-02", 25, "2026-03-27")] // announcement 25 days after acceptance, a Friday
    [InlineData("2026-03-03", 25, "2026-03-30")] // falls on Saturday → Monday
    [InlineData("2026-09-10", 25, "2026-10-08")] // falls in the National Day holiday → first working day after it
    [InlineData("2026-09-15", 5, "2026-09-20")] // a Sunday that is a make-up working day stays
    [InlineData("2026-06-04", 15, "2026-06-22")] // 06-19 Dragon Boat Festival: the end 06-19 moves past 06-21
    [InlineData("2025-12-22", 10, "2026-01-04")] // ends 01-01; 01-02 and 01-03 off; Sunday 01-04 is a make-up working day
    public void Days_do_not_count_the_first_day_and_end_on_a_working_day(string start, int days, string expected)
    {
        var deadline = DeadlineCalculator.Compute(Date(start), Period.Days(days), National);

        deadline.Date.ShouldBe(Date(expected));
        deadline.Provisional.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // no 31 February: the month's last day, a make-up Saturday
    [InlineData("2025-08-31", 6, "2026-02-28")]
    [InlineData("2026-04-30", 1, "2026-06-01")] // 05-30 is a Saturday → Monday
    [InlineData("2026-03-31", 6, "2026-09-30")] // the plan's six months, a Wednesday
    [InlineData("2025-10-01", 3, "2026-01-04")] // 01-01…03 off; Sunday 01-04 is a make-up working day
    public void Months_end_on_the_corresponding_day_or_the_months_last_day(string start, int months, string expected) =>
        DeadlineCalculator.Compute(Date(start), Period.Months(months), National).Date.ShouldBe(Date(expected));

    [Theory]
    [InlineData("2026-09-18", 3, "2026-09-22")] // Friday; Sunday 09-20 is a make-up working day
    [InlineData("2026-02-13", 3, "2026-02-25")] // Spring Festival: 02-14 (Sat) works, 02-15…23 off
    [InlineData("2026-03-06", 3, "2026-03-11")]
    public void Working_days_follow_the_calendar(string start, int days, string expected) =>
        DeadlineCalculator.Compute(Date(start), Period.WorkingDays(days), National).Date.ShouldBe(Date(expected));

    [Fact]
    public void A_deadline_in_a_year_the_calendar_does_not_know_is_provisional()
    {
        var known = DeadlineCalculator.Compute(Date("2026-12-01"), Period.Days(10), National);
        var beyond = DeadlineCalculator.Compute(Date("2026-12-20"), Period.Days(25), National);
        var workingDaysAcross = DeadlineCalculator.Compute(Date("2026-12-29"), Period.WorkingDays(5), National);

        known.ShouldBe(new Deadline(Date("2026-12-11"), false));
        beyond.ShouldBe(new Deadline(Date("2027-01-14"), true));
        workingDaysAcross.Provisional.ShouldBeTrue();
    }

    [Fact]
    public void A_county_day_off_moves_the_deadline_and_adding_the_year_makes_it_final()
    {
        var local = new WorkingCalendar([Date("2027-01-14")], [], [2026, 2027]);

        DeadlineCalculator.Compute(Date("2026-12-20"), Period.Days(25), local).ShouldBe(new Deadline(Date("2027-01-15"), false));
    }

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
