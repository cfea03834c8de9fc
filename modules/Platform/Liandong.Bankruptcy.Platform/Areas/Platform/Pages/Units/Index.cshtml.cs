using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Features.Units;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Units;

/// <summary>The county's member units with their accountable heads (一把手负责制); administrator firms are added here.</summary>
[RequirePermission(PlatformPermissions.UnitsView)]
[PostRequiresPermission(PlatformPermissions.UnitsManage)]
internal sealed class IndexModel(PlatformDbContext db) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.UnitsManage;

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public UnitKind? Kind { get; set; }

    [BindProperty]
    public string? AccountableHead { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("CreateUnit")]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new CreateUnitRequest(Name, Kind, AccountableHead);
        return SubmitThenGoAsync(PlatformPermissions.UnitsManage, request, async () =>
        {
            await UnitEndpoints.Create(request, db, cancellationToken);
            return "/platform/units";
        }, () => LoadAsync(cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new UnitDto(u.Id, u.Name, u.Kind, u.AccountableHead, u.IsActive, u.NoticeEmail, u.Version)).ToListAsync(cancellationToken);
}
