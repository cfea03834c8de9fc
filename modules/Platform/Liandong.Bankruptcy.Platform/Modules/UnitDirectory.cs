using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>A member unit as modules see it, with its accountable head (一把手负责制).</summary>
public sealed record UnitSummary(Guid Id, string Name, UnitKind Kind, bool IsActive, string? AccountableHead = null, string? NoticeEmail = null);

/// <summary>What modules may ask about the current county's member units (another county's answer nothing).</summary>
public interface IUnitDirectory
{
    Task<UnitSummary?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The county's active units of one kind, by name (an administrator firm to appoint, a unit to assign).</summary>
    Task<IReadOnlyList<UnitSummary>> ActiveAsync(UnitKind kind, CancellationToken cancellationToken);

    /// <summary>Every active unit of the county, by name (a unit to reassign an item to).</summary>
    Task<IReadOnlyList<UnitSummary>> ActiveAsync(CancellationToken cancellationToken);
}

internal sealed class UnitDirectory(PlatformDbContext db) : IUnitDirectory
{
    public Task<UnitSummary?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitSummary(u.Id, u.Name, u.Kind, u.IsActive, u.AccountableHead, u.NoticeEmail)).SingleOrDefaultAsync(cancellationToken);

    public Task<IReadOnlyList<UnitSummary>> ActiveAsync(UnitKind kind, CancellationToken cancellationToken) =>
        ActiveAsync(db.Units.Where(u => u.Kind == kind), cancellationToken);

    public Task<IReadOnlyList<UnitSummary>> ActiveAsync(CancellationToken cancellationToken) => ActiveAsync(db.Units, cancellationToken);

    private static async Task<IReadOnlyList<UnitSummary>> ActiveAsync(IQueryable<Unit> units, CancellationToken cancellationToken) =>
        await units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name)
            .Select(u => new UnitSummary(u.Id, u.Name, u.Kind, u.IsActive, u.AccountableHead, u.NoticeEmail)).ToListAsync(cancellationToken);
}
