using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Settings;

internal sealed record CaseSettingsDto(int FastTrackMonths, int LongPendingMonths, uint Version) : IVersioned
{
    public static CaseSettingsDto From(CaseSettings s) => new(s.FastTrackMonths, s.LongPendingMonths, s.Version);
}

/// <summary>
/// The county's case settings (fast-track target, long-pending age). A county that never saved them reads the
/// defaults at version 0; the first update sends <c>If-Match: "0"</c> and creates the row.
/// </summary>
internal static class CaseSettingsQueries
{
    /// <summary>The county's settings, or the defaults (not yet stored) when it has none.</summary>
    public static async Task<CaseSettings> CurrentSettingsAsync(this CasesDbContext db, CancellationToken cancellationToken) =>
        await db.Settings.SingleOrDefaultAsync(cancellationToken) ?? new CaseSettings();
}
