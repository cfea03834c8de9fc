using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Units;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Units;

/// <summary>One unit: its name, its accountable head (一把手负责制), whether it is active.</summary>
[RequirePermission(PlatformPermissions.UnitsView)]
[PostRequiresPermission(PlatformPermissions.UnitsManage)]
internal sealed class EditModel(PlatformDbContext db) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.UnitsManage;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? AccountableHead { get; set; }

    [BindProperty]
    public string? NoticeEmail { get; set; }

    [BindProperty]
    public bool IsActive { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var unit = await UnitEndpoints.Find(db, id, cancellationToken);
        (Name, AccountableHead, IsActive, NoticeEmail, Version) = (unit.Name, unit.AccountableHead, unit.IsActive, unit.NoticeEmail, unit.Version);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("UpdateUnit")]
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new UpdateUnitRequest(Name, AccountableHead, IsActive, NoticeEmail);
        return SubmitThenGoAsync(PlatformPermissions.UnitsManage, request, async () =>
        {
            await UnitEndpoints.UpdateAsync(db, id, Version, request, cancellationToken);
            return "/platform/units";
        }, () => Task.CompletedTask, cancellationToken);
    }
}
