using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Roles;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Roles;

/// <summary>The county's roles; a new role with its permissions ticked in the tree.</summary>
[RequirePermission(PlatformPermissions.RolesView)]
[PostRequiresPermission(PlatformPermissions.RolesManage)]
internal sealed class IndexModel(PlatformDbContext db, RoleCommands commands, PermissionCatalog catalog) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.RolesManage;

    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];

    public IReadOnlyList<PermissionGroup> Tree => commands.GrantableTree();

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    public string DisplayName(string permission, bool chinese) =>
        catalog.ByName.TryGetValue(permission, out var p) ? (chinese ? p.DisplayNameZh : p.DisplayNameEn) : permission;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("CreateRole")]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new RoleRequest(Name, Permissions);
        return SubmitThenGoAsync(PlatformPermissions.RolesManage, request, async () =>
        {
            await commands.CreateAsync(Name!, Permissions, cancellationToken);
            return "/platform/roles";
        }, () => LoadAsync(cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Roles = await db.Roles.AsNoTracking().OrderBy(r => r.NormalizedName)
            .Select(r => new RoleDto(r.Id, r.Name, r.TemplateKey, r.Grants.Select(g => g.Permission).Order().ToList(), r.Version))
            .ToListAsync(cancellationToken);
}

internal sealed record PermissionTreeModel(IReadOnlyList<PermissionGroup> Groups, IReadOnlyCollection<string> Selected, bool Chinese);
