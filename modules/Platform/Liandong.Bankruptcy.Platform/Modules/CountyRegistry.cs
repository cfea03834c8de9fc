using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>What modules may ask of the county registry: a county's court codes (its case numbers carry one of them), a county by its code.</summary>
public interface ICountyRegistry
{
    Task<IReadOnlyList<string>> CourtCodesAsync(Guid countyId, CancellationToken cancellationToken);

    /// <summary>The county with this administrative division code (410305 …), or null.</summary>
    Task<Guid?> FindAsync(string divisionCode, CancellationToken cancellationToken);

    /// <summary>The active counties, for work that visits each in its own scope (a sweep).</summary>
    Task<IReadOnlyList<Guid>> ActiveAsync(CancellationToken cancellationToken);

    /// <summary>Every county by division code, with its name (the city's views).</summary>
    Task<IReadOnlyList<CountySummary>> AllAsync(CancellationToken cancellationToken);
}

public sealed record CountySummary(Guid Id, string DivisionCode, string Name, bool IsActive);

internal sealed class CountyRegistry(PlatformDbContext db) : ICountyRegistry
{
    public async Task<IReadOnlyList<string>> CourtCodesAsync(Guid countyId, CancellationToken cancellationToken) =>
        await db.Counties.AsNoTracking().Where(c => c.Id == countyId).Select(c => c.CourtCodes).SingleOrDefaultAsync(cancellationToken) ?? [];

    public Task<Guid?> FindAsync(string divisionCode, CancellationToken cancellationToken) =>
        db.Counties.AsNoTracking().Where(c => c.DivisionCode == divisionCode).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ActiveAsync(CancellationToken cancellationToken) =>
        await db.Counties.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.DivisionCode).Select(c => c.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CountySummary>> AllAsync(CancellationToken cancellationToken) =>
        await db.Counties.AsNoTracking().OrderBy(c => c.DivisionCode).Select(c => new CountySummary(c.Id, c.DivisionCode, c.Name, c.IsActive)).ToListAsync(cancellationToken);
}
