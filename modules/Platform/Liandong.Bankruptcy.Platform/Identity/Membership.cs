using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>
/// A user's place in one county: the unit they work for there, their roles and direct grants. An officer of a unit
/// serving several counties holds one membership in each and works one county at a time.
/// </summary>
internal sealed class Membership : AggregateRoot, ITenantOwned
{
    private Membership()
    {
    }

    public Membership(User user, Guid? unitId)
    {
        UserId = user.Id;
        UserName = user.UserName;
        DisplayName = user.DisplayName;
        UnitId = unitId;
        IsActive = true;
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Copied from the user, whose row stays in the home county: this county sees who works in it.</summary>
    public string UserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public Guid? UnitId { get; private set; }

    public bool IsActive { get; private set; }

    public List<MembershipRole> Roles { get; private set; } = [];

    public List<MembershipGrant> Grants { get; private set; } = [];

    public void SetUnit(Guid? unitId) => UnitId = unitId;

    public void SetActive(bool active) => IsActive = active;

    public void SetRoles(IEnumerable<Guid> roleIds)
    {
        var wanted = roleIds.ToHashSet();
        Roles.RemoveAll(r => !wanted.Contains(r.RoleId));
        Roles.AddRange(wanted.Where(id => Roles.All(r => r.RoleId != id)).Select(id => new MembershipRole(id)));
        Touch();
    }

    public void SetGrants(IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        Grants.RemoveAll(g => !wanted.Contains(g.Permission));
        Grants.AddRange(wanted.Where(p => Grants.All(g => g.Permission != p)).Select(p => new MembershipGrant(p)));
        Touch();
    }
}

internal sealed class MembershipRole : Entity, ITenantOwned
{
    private MembershipRole()
    {
    }

    public MembershipRole(Guid roleId) => RoleId = roleId;

    public Guid TenantId { get; private set; }

    public Guid MembershipId { get; private set; }

    public Guid RoleId { get; private set; }
}

internal sealed class MembershipGrant : Entity, ITenantOwned
{
    private MembershipGrant()
    {
    }

    public MembershipGrant(string permission) => Permission = permission;

    public Guid TenantId { get; private set; }

    public Guid MembershipId { get; private set; }

    public string Permission { get; private set; } = "";
}
