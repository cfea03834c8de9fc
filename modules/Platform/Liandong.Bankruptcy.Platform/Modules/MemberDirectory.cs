using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>What modules may ask about the current county's members (another county's answer nothing).</summary>
public interface IMemberDirectory
{
    /// <summary>The name the county knows the user by (the copy on the membership), or null.</summary>
    Task<string?> DisplayNameAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The users working for <paramref name="unitIds"/> in this county (active memberships), for notices.</summary>
    Task<IReadOnlyList<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);
}

internal sealed class MemberDirectory(PlatformDbContext db) : IMemberDirectory
{
    public Task<string?> DisplayNameAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.DisplayName).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().Where(m => m.IsActive && m.UnitId != null && unitIds.Contains(m.UnitId.Value))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
}
