using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Templates;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>The county's item list (联动事项清单): each line's unit, title, due rule and whether it is in use, edited in place.</summary>
[RequirePermission(CoordinationPermissions.Templates)]
[PostRequiresPermission(CoordinationPermissions.Templates)]
internal sealed class TemplatesModel(CoordinationDbContext db) : PageModel
{
    public IReadOnlyList<TemplateDto> Lines { get; private set; } = [];

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public UnitKind? UnitKind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Basis { get; set; }

    [BindProperty]
    public int? DueLength { get; set; }

    [BindProperty]
    public PeriodUnit? DueUnit { get; set; }

    [BindProperty]
    public bool IsActive { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lines = await TemplateEndpoints.ListAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new TemplateRequest("-", TemplateTrigger.CaseAccepted, UnitKind, Title, Basis, DueLength, DueUnit, IsActive);
        var localizer = ModuleMessages.For(HttpContext);
        if (PageErrors.Validate(request, ModelState, localizer) &&
            await PageErrors.TryAsync(() => TemplateEndpoints.UpdateAsync(id, Version, request, db, cancellationToken), ModelState, localizer))
        {
            return Redirect("/coordination/templates");
        }

        Lines = await TemplateEndpoints.ListAsync(db, cancellationToken);
        return Page();
    }
}
