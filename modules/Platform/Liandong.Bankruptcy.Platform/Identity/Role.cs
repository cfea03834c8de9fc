using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>A county's role: a name (unique in the county) and the permissions it grants.</summary>
internal sealed class Role : AggregateRoot, ITenantOwned
{
    private Role()
    {
    }

    public Role(string name, string? templateKey)
    {
        Rename(name);
        TemplateKey = templateKey;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    /// <summary>The role template it was seeded from (judge, tax, admin …), or null for a county's own role.</summary>
    public string? TemplateKey { get; private set; }

    public List<RoleGrant> Grants { get; private set; } = [];

    public void Rename(string name)
    {
        Name = name;
        NormalizedName = Normalize(name);
    }

    /// <summary>What makes two role names the same (and orders the role list).</summary>
    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    public void Grant(string permission)
    {
        if (Grants.All(g => g.Permission != permission))
        {
            Grants.Add(new RoleGrant(permission));
            Touch();
        }
    }

    public void SetGrants(IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        Grants.RemoveAll(g => !wanted.Contains(g.Permission));
        Grants.AddRange(wanted.Where(p => Grants.All(g => g.Permission != p)).Select(p => new RoleGrant(p)));
        Touch();
    }
}

internal sealed class RoleGrant : Entity, ITenantOwned
{
    private RoleGrant()
    {
    }

    public RoleGrant(string permission) => Permission = permission;

    public Guid TenantId { get; private set; }

    public Guid RoleId { get; private set; }

    public string Permission { get; private set; } = "";
}

/// <summary>
/// A role-template grant a county has already received. The migrate step gives template roles only the grants that
/// are new to the templates (a module's new permissions), so one a county administrator removed stays removed.
/// </summary>
internal sealed class AppliedTemplateGrant : Entity, ITenantOwned
{
    private AppliedTemplateGrant()
    {
    }

    public AppliedTemplateGrant(string roleKey, string permission)
    {
        RoleKey = roleKey;
        Permission = permission;
    }

    public Guid TenantId { get; private set; }

    public string RoleKey { get; private set; } = "";

    public string Permission { get; private set; } = "";
}
