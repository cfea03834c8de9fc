using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Counties;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Host;

/// <summary>The county registry for host administrators: create (seeded by its event), deactivate, reactivate.</summary>
[RequirePermission(PlatformPermissions.CountiesView)]
[PostRequiresPermission(PlatformPermissions.CountiesManage)]
internal sealed class CountiesModel(PlatformDbContext db, IDbContextOutbox<PlatformDbContext> outbox) : FormPage
{
    public IReadOnlyList<CountyDto> Counties { get; private set; } = [];

    /// <summary>The forms show only with it: the city supervisor reads this page and changes nothing.</summary>
    protected override string? ManagePermission => PlatformPermissions.CountiesManage;

    [BindProperty]
    public string? DivisionCode { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Courts { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("CreateCounty")]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var courts = (Courts ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var request = new CreateCountyRequest(DivisionCode, Name, courts);
        return SubmitThenGoAsync(PlatformPermissions.CountiesManage, request, async () =>
        {
            await CountyEndpoints.Create(request, outbox, cancellationToken);
            return "/host/counties";
        }, () => LoadAsync(cancellationToken), cancellationToken);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("UpdateCounty")]
    public async Task<IActionResult> OnPostToggleAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        var county = await db.Counties.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(county, version);
        county.Update(county.Name, county.CourtCodes, !county.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        TempData[Ui.FormFeedback.DoneKey] = Localization.ModuleMessages.Localize(HttpContext, "ui.saved");
        return Redirect("/host/counties");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counties = await db.Counties.AsNoTracking().OrderBy(c => c.DivisionCode)
            .Select(c => new CountyDto(c.Id, c.DivisionCode, c.Name, c.CourtCodes, c.IsActive, c.Version)).ToListAsync(cancellationToken);
    }
}
