using System.Collections.Frozen;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>Which side a permission belongs to: the host (platform administration), a county, or both.</summary>
public enum PermissionSide
{
    Host,
    County,
    Both,
}

/// <summary>A permission, defined in code by its module, with its display names and children.</summary>
public sealed record PermissionDefinition(
    string Name, string DisplayNameZh, string DisplayNameEn, PermissionSide Side, IReadOnlyList<PermissionDefinition>? Children = null)
{
    public IReadOnlyList<PermissionDefinition> Children { get; init; } = Children ?? [];
}

/// <summary>A module's group of permissions (the tree shown with tick boxes).</summary>
public sealed record PermissionGroup(string Name, string DisplayNameZh, string DisplayNameEn, IReadOnlyList<PermissionDefinition> Permissions);

/// <summary>A role every county (or the host) gets seeded, by key; modules add the permissions each template grants.</summary>
public sealed record RoleTemplate(string Key, string NameZh, string NameEn, PermissionSide Side);

/// <summary>Every module's permissions and role-template grants, gathered once at start-up.</summary>
public sealed class PermissionCatalog
{
    public PermissionCatalog(IEnumerable<PermissionGroup> groups, IEnumerable<(string RoleKey, string Permission)> templateGrants)
    {
        Groups = [.. groups];
        var all = Groups.SelectMany(g => Flatten(g.Permissions)).ToList();
        var duplicate = all.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission {duplicate.Key} is defined twice.");
        }

        ByName = all.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        var grants = templateGrants.ToList();
        var unknown = grants.FirstOrDefault(g => !ByName.ContainsKey(g.Permission) || RoleTemplates.All.All(t => t.Key != g.RoleKey));
        if (unknown != default)
        {
            throw new InvalidOperationException($"Role template grant {unknown.RoleKey} → {unknown.Permission} names an unknown role or permission.");
        }

        TemplateGrants = grants.GroupBy(g => g.RoleKey).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Permission).ToList());
    }

    public IReadOnlyList<PermissionGroup> Groups { get; }

    public FrozenDictionary<string, PermissionDefinition> ByName { get; }

    public FrozenDictionary<string, IReadOnlyList<string>> TemplateGrants { get; }

    /// <summary>True when <paramref name="permission"/> exists and may be granted on the given side.</summary>
    public bool IsGrantable(string permission, bool hostSide) =>
        ByName.TryGetValue(permission, out var definition) &&
        (definition.Side == PermissionSide.Both || definition.Side == (hostSide ? PermissionSide.Host : PermissionSide.County));

    public IReadOnlyList<string> GrantsOf(string roleKey) => TemplateGrants.GetValueOrDefault(roleKey) ?? [];

    private static IEnumerable<PermissionDefinition> Flatten(IEnumerable<PermissionDefinition> permissions) =>
        permissions.SelectMany(p => Flatten(p.Children).Prepend(p));
}

/// <summary>The role templates of issue 3 (architecture.md, "Identity, units, permissions").</summary>
public static class RoleTemplates
{
    public const string Admin = "admin";
    public const string PlatformAdmin = "platform-admin";
    public const string CitySupervisor = "city-supervisor";

    public static readonly IReadOnlyList<RoleTemplate> All =
    [
        new("judge", "破产审判法官", "Bankruptcy judge", PermissionSide.County),
        new("coordinator", "领导小组办公室联络员", "Leadership group office coordinator", PermissionSide.County),
        new("leader", "领导小组成员", "Leadership group member", PermissionSide.County),
        new("tax", "税务部门经办人", "Tax officer", PermissionSide.County),
        new("market", "市场监管部门经办人", "Market regulation officer", PermissionSide.County),
        new("hrss", "人社部门经办人", "Human resources and social security officer", PermissionSide.County),
        new("medical", "医保部门经办人", "Medical insurance officer", PermissionSide.County),
        new("resources", "自然资源部门经办人", "Natural resources officer", PermissionSide.County),
        new("police", "公安机关经办人", "Public security officer", PermissionSide.County),
        new("procuratorate", "检察机关经办人", "Procuratorate officer", PermissionSide.County),
        new("bank", "银行联络员", "Bank liaison", PermissionSide.County),
        new("finance", "财政部门经办人", "Finance officer", PermissionSide.County),
        new("ndrc", "发展改革部门经办人", "Development and reform officer", PermissionSide.County),
        new("firm", "破产管理人", "Administrator firm", PermissionSide.County),
        new(Admin, "县区管理员", "County administrator", PermissionSide.County),
        new(PlatformAdmin, "平台管理员", "Platform administrator", PermissionSide.Host),
        new(CitySupervisor, "市级督查", "City supervisor", PermissionSide.Host),
    ];
}
