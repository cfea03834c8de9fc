using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Roles;

/// <summary>Creating and changing a county's roles: the one place, for the API and the pages alike.</summary>
internal sealed class RoleCommands(PlatformDbContext db, PermissionCatalog catalog, ICurrentTenant tenant)
{
    public async Task<Role> CreateAsync(string name, IReadOnlyList<string> permissions, CancellationToken cancellationToken)
    {
        EnsureGrantable(permissions);
        var role = new Role(name.Trim(), null);
        await EnsureNameFree(role.NormalizedName, null, cancellationToken);
        role.SetGrants(permissions);
        db.Roles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return role;
    }

    public async Task<Role> UpdateAsync(Guid id, uint expectedVersion, string name, IReadOnlyList<string> permissions, CancellationToken cancellationToken)
    {
        var role = await FindAsync(id, cancellationToken);
        db.ExpectVersion(role, expectedVersion);
        EnsureGrantable(permissions);
        role.Rename(name.Trim());
        await EnsureNameFree(role.NormalizedName, id, cancellationToken);
        role.SetGrants(permissions);
        await db.SaveChangesAsync(cancellationToken);
        return role;
    }

    public async Task<Role> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Roles.Include(r => r.Grants).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound();

    /// <summary>Permission definitions this side (county or host) may grant, for the tick-box tree.</summary>
    public IReadOnlyList<PermissionGroup> GrantableTree()
    {
        var hostSide = tenant.Id == Tenants.Host;
        return [.. catalog.Groups
            .Select(g => g with { Permissions = Visible(g.Permissions, hostSide) })
            .Where(g => g.Permissions.Count > 0)];
    }

    public void EnsureGrantable(IEnumerable<string> permissions)
    {
        var hostSide = tenant.Id == Tenants.Host;
        var refused = permissions.FirstOrDefault(p => !catalog.IsGrantable(p, hostSide));
        if (refused is not null)
        {
            throw BusinessException.Rule("platform.unknown_permission", refused);
        }
    }

    private List<PermissionDefinition> Visible(IEnumerable<PermissionDefinition> permissions, bool hostSide) =>
        [.. permissions.Where(p => catalog.IsGrantable(p.Name, hostSide)).Select(p => p with { Children = Visible(p.Children, hostSide) })];

    private async Task EnsureNameFree(string normalizedName, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Roles.AnyAsync(r => r.NormalizedName == normalizedName && r.Id != except, cancellationToken))
        {
            throw BusinessException.Conflict("platform.role_name_taken");
        }
    }
}
