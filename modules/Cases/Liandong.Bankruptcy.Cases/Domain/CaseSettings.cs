using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>
/// A county's case settings: the fast-track target (快速审理; domain.md: 6 months, a Henan local rule sets 3) and the
/// age at which an accepted case still before the court is flagged long-pending. A county without a row uses the defaults.
/// </summary>
internal sealed class CaseSettings : AggregateRoot, ITenantOwned
{
    public const int DefaultFastTrackMonths = 6;
    public const int DefaultLongPendingMonths = 12;

    public Guid TenantId { get; private set; }

    public int FastTrackMonths { get; private set; } = DefaultFastTrackMonths;

    public int LongPendingMonths { get; private set; } = DefaultLongPendingMonths;

    public Period FastTrackTarget => Period.Months(FastTrackMonths);

    /// <summary>A case accepted before this date and still before the court is long-pending.</summary>
    public DateOnly LongPendingThreshold(DateOnly today) => LongPendingThresholdOf(today, LongPendingMonths);

    /// <summary>The threshold for a long-pending age of <paramref name="months"/> (a county's lists read the age alone).</summary>
    public static DateOnly LongPendingThresholdOf(DateOnly today, int months) => today.AddMonths(-months);

    public void Update(int fastTrackMonths, int longPendingMonths)
    {
        FastTrackMonths = fastTrackMonths;
        LongPendingMonths = longPendingMonths;
        Touch();
    }
}
