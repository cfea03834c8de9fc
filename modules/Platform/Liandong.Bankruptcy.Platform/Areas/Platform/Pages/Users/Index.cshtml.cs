using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Users;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Users;

/// <summary>The county's members with their units; a new user with an initial password, unit and roles.</summary>
[RequirePermission(PlatformPermissions.UsersView)]
[PostRequiresPermission(PlatformPermissions.UsersManage)]
internal sealed class IndexModel(PlatformDbContext db, UserCommands commands) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.UsersManage;

    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Roles { get; private set; } = [];

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? IdNumber { get; set; }

    [BindProperty]
    public List<Guid> RoleIds { get; set; } = [];

    /// <summary>The unit the new user works for (a member unit's officers see their unit's items); none for an administrator.</summary>
    [BindProperty]
    public Guid? UnitId { get; set; }

    /// <summary>The county's units by id: the user list's unit column and the new user's choice (active ones).</summary>
    public IReadOnlyList<(Guid Id, string Name, bool IsActive)> Units { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("CreateUser")]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new CreateUserRequest(UserName, DisplayName, Password, UnitId, RoleIds, string.IsNullOrWhiteSpace(IdNumber) ? null : IdNumber.Trim());
        return SubmitThenGoAsync(PlatformPermissions.UsersManage, request, async () =>
        {
            await commands.CreateAsync(request, cancellationToken);
            return "/platform/users";
        }, () => LoadAsync(cancellationToken), cancellationToken);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("UpdateUserAccess")]
    public async Task<IActionResult> OnPostAccessAsync(Guid userId, bool active, CancellationToken cancellationToken)
    {
        await commands.SetMembershipActiveAsync(userId, active, cancellationToken);
        return Redirect("/platform/users");
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("ResetUserPassword")]
    public Task<IActionResult> OnPostPasswordAsync(Guid userId, string? newPassword, CancellationToken cancellationToken)
    {
        var request = new ResetPasswordRequest(newPassword);
        return SubmitThenGoAsync(PlatformPermissions.UsersManage, request, async () =>
        {
            await commands.ResetPasswordAsync(userId, newPassword!, cancellationToken);
            return "/platform/users";
        }, () => LoadAsync(cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Roles and direct grants in statements of their own: in one, every member's row came once per role times grant.
        Members = await db.Memberships.AsNoTracking().OrderBy(m => m.UserName).Take(500).AsSplitQuery()
            .Select(m => new MemberDto(m.UserId, m.UserName, m.DisplayName, m.UnitId, m.IsActive,
                m.Roles.Select(r => r.RoleId).ToList(), m.Grants.Select(g => g.Permission).ToList(), m.Version))
            .ToListAsync(cancellationToken);
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Name).Select(u => new { u.Id, u.Name, u.IsActive }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Name, u.IsActive)).ToList();
        Roles = (await db.Roles.AsNoTracking().OrderBy(r => r.NormalizedName).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, r.Name)).ToList();
    }
}
