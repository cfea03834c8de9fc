using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>What modules may ask of the county registry: a county's court codes (its case numbers carry one of them).</summary>
public interface ICountyRegistry
{
    Task<IReadOnlyList<string>> CourtCodesAsync(Guid countyId, CancellationToken cancellationToken);
}

internal sealed class CountyRegistry(PlatformDbContext db) : ICountyRegistry
{
    public async Task<IReadOnlyList<string>> CourtCodesAsync(Guid countyId, CancellationToken cancellationToken) =>
        await db.Counties.AsNoTracking().Where(c => c.Id == countyId).Select(c => c.CourtCodes).SingleOrDefaultAsync(cancellationToken) ?? [];
}
