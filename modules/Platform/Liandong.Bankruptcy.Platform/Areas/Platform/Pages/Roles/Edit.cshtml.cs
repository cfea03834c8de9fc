using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Roles;
using Liandong.Bankruptcy.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Roles;

/// <summary>One role: its name and its permissions; the form carries the version it was based on (412 otherwise).</summary>
[RequirePermission(PlatformPermissions.RolesView)]
[PostRequiresPermission(PlatformPermissions.RolesManage)]
internal sealed class EditModel(RoleCommands commands) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.RolesManage;

    public IReadOnlyList<PermissionGroup> Tree => commands.GrantableTree();

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    [BindProperty]
    public uint Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var role = await commands.FindAsync(id, cancellationToken);
        (Name, Permissions, Version) = (role.Name, [.. role.Grants.Select(g => g.Permission)], role.Version);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("UpdateRole")]
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new RoleRequest(Name, Permissions);
        return SubmitThenGoAsync(PlatformPermissions.RolesManage, request, async () =>
        {
            await commands.UpdateAsync(id, Version, Name!, Permissions, cancellationToken);
            return "/platform/roles";
        }, () => Task.CompletedTask, cancellationToken);
    }
}
