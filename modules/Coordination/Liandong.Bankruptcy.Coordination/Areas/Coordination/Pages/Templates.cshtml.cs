using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Templates;
using Liandong.Bankruptcy.Coordination.Features.Templates.Update;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>The county's item list (联动事项清单): each line's unit, title, due rule and whether it is in use, edited in place.</summary>
[RequirePermission(CoordinationPermissions.Templates)]
[PostRequiresPermission(CoordinationPermissions.Templates)]
internal sealed class TemplatesModel(TemplateReader templates) : FormPage
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

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lines = await templates.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, [FromServices] UpdateItemTemplate update, CancellationToken cancellationToken)
    {
        var request = new TemplateRequest("-", TemplateTrigger.CaseAccepted, UnitKind, Title, Basis, DueLength, DueUnit, IsActive);
        return SubmitAsync(CoordinationPermissions.Templates, request, () => update.HandleAsync(id, Version, request, cancellationToken),
            async () => Lines = await templates.ListAsync(cancellationToken), cancellationToken);
    }
}
