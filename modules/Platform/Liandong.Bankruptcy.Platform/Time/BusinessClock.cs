namespace Liandong.Bankruptcy.Platform.Time;

/// <summary>"Today" for legal dates is the date in Asia/Shanghai; instants stay UTC. Always through TimeProvider.</summary>
public static class BusinessClock
{
    // China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every date we handle
    // and needs no tz database on the server.
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The date in Asia/Shanghai of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);
}
