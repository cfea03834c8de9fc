using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>A member of the county as pages name them: the user's display name and their unit's (none for a user without a unit).</summary>
public sealed record MemberName(Guid UserId, string DisplayName, Guid? UnitId, string? UnitName)
{
    /// <summary>"张三（西工区税务局）", or the name alone.</summary>
    public override string ToString() => UnitName is null ? DisplayName : $"{DisplayName}（{UnitName}）";
}

/// <summary>What modules may ask about the current county's members (another county's answer nothing).</summary>
public interface IMemberDirectory
{
    /// <summary>The name the county knows the user by (the copy on the membership), or null.</summary>
    Task<string?> DisplayNameAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The users working for <paramref name="unitIds"/> in this county (active memberships), for notices.</summary>
    Task<IReadOnlyList<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);

    /// <summary>The names of those of <paramref name="userIds"/> who are (or were) members of this county, with their units: who acted, in a history.</summary>
    Task<IReadOnlyDictionary<Guid, MemberName>> NamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>The active members of the county's active units of <paramref name="kind"/> (the court's judges …), by name.</summary>
    Task<IReadOnlyList<MemberName>> MembersOfKindAsync(UnitKind kind, CancellationToken cancellationToken);
}

internal sealed class MemberDirectory(PlatformDbContext db) : IMemberDirectory
{
    public Task<string?> DisplayNameAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.DisplayName).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().Where(m => m.IsActive && m.UnitId != null && unitIds.Contains(m.UnitId.Value))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, MemberName>> NamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, MemberName>();
        }

        return await db.Memberships.AsNoTracking().Where(m => userIds.Contains(m.UserId))
            .LeftJoin(db.Units, m => m.UnitId, u => (Guid?)u.Id, (m, u) => new MemberName(m.UserId, m.DisplayName, m.UnitId, u == null ? null : u.Name))
            .ToDictionaryAsync(n => n.UserId, cancellationToken);
    }

    public async Task<IReadOnlyList<MemberName>> MembersOfKindAsync(UnitKind kind, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().Where(m => m.IsActive)
            .Join(db.Units.Where(u => u.IsActive && u.Kind == kind), m => m.UnitId, u => (Guid?)u.Id, (m, u) => new { m.UserId, m.DisplayName, m.UnitId, u.Name })
            .OrderBy(x => x.DisplayName).Take(500)
            .Select(x => new MemberName(x.UserId, x.DisplayName, x.UnitId, x.Name)).ToListAsync(cancellationToken);
}
