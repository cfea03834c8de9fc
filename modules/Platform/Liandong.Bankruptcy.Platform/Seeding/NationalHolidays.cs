using System.Globalization;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Domain;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>The State Council's holiday arrangements (etc/reference/cn-public-holidays.json), as calendar entries.</summary>
internal static class NationalHolidays
{
    private static readonly Lazy<IReadOnlyList<(DateOnly Date, HolidayKind Kind, string Note)>> Loaded = new(Load);

    public static IReadOnlyList<(DateOnly Date, HolidayKind Kind, string Note)> Days => Loaded.Value;

    private static List<(DateOnly, HolidayKind, string)> Load()
    {
        using var stream = typeof(NationalHolidays).Assembly.GetManifestResourceStream("reference/cn-public-holidays.json")
            ?? throw new InvalidOperationException("reference/cn-public-holidays.json is not embedded");
        using var document = JsonDocument.Parse(stream);
        var days = new List<(DateOnly, HolidayKind, string)>();
        foreach (var year in document.RootElement.GetProperty("years").EnumerateObject())
        {
            days.AddRange(year.Value.GetProperty("days_off").EnumerateArray()
                .Select(d => (Parse(d), HolidayKind.DayOff, "国务院办公厅放假安排")));
            days.AddRange(year.Value.GetProperty("make_up_working_days").EnumerateArray()
                .Select(d => (Parse(d), HolidayKind.MakeUpWorkingDay, "国务院办公厅调休上班")));
        }

        return days;
    }

    private static DateOnly Parse(JsonElement date) => DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
