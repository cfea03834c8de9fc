using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Users;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Users;

/// <summary>A member's place in this county: unit, roles, access (direct grants are kept as they are).</summary>
[RequirePermission(PlatformPermissions.UsersView)]
[PostRequiresPermission(PlatformPermissions.UsersManage)]
internal sealed class EditModel(PlatformDbContext db, UserCommands commands) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.UsersManage;

    public string UserName { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Roles { get; private set; } = [];

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public List<Guid> RoleIds { get; set; } = [];

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    [BindProperty]
    public bool IsActive { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var membership = await commands.FindMembershipAsync(id, cancellationToken);
        (UnitId, RoleIds, Permissions, IsActive, Version) =
            (membership.UnitId, [.. membership.Roles.Select(r => r.RoleId)], [.. membership.Grants.Select(g => g.Permission)], membership.IsActive, membership.Version);
        await LoadAsync(id, cancellationToken);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("UpdateUserAccess")]
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new UpdateAccessRequest(UnitId, RoleIds, Permissions, IsActive);
        return SubmitThenGoAsync(PlatformPermissions.UsersManage, request, async () =>
        {
            await commands.UpdateAccessAsync(id, Version, request, cancellationToken);
            return "/platform/users";
        }, () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        UserName = (await commands.FindMembershipAsync(id, cancellationToken)).UserName;
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Name)).ToList();
        Roles = (await db.Roles.AsNoTracking().OrderBy(r => r.NormalizedName).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, r.Name)).ToList();
    }
}
