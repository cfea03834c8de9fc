using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Domain;

/// <summary>
/// One entry of a county's holiday calendar (China moves working days around holidays, 调休): a day off on a weekday,
/// or a make-up working day on a weekend. Weekends not listed are days off. Seeded from the State Council's
/// arrangements (etc/reference/cn-public-holidays.json); the county administrator adds local entries.
/// </summary>
internal sealed class HolidayDay : Entity, ITenantOwned
{
    private HolidayDay()
    {
    }

    public HolidayDay(DateOnly date, HolidayKind kind, string? note)
    {
        Date = date;
        Kind = kind;
        Note = note;
    }

    public Guid TenantId { get; private set; }

    public DateOnly Date { get; private set; }

    public HolidayKind Kind { get; private set; }

    public string? Note { get; private set; }
}

public enum HolidayKind
{
    DayOff,
    MakeUpWorkingDay,
}
