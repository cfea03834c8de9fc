using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Items.Raise;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>Raising an item by hand (a judge, a firm, a unit, the office): it waits for the leadership group's consent.</summary>
[RequirePermission(CoordinationPermissions.Raise)]
[PostRequiresPermission(CoordinationPermissions.Raise)]
internal sealed class RaiseModel(RaiseItem raise, IUnitDirectory units) : FormPage
{
    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Basis { get; set; }

    [BindProperty]
    public int? DueLength { get; set; } = 5;

    [BindProperty]
    public PeriodUnit? DueUnit { get; set; } = PeriodUnit.WorkingDays;

    [BindProperty]
    public ItemPriority? Priority { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await units.ActiveAsync(cancellationToken);

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("RaiseItem")]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new RaiseItemRequest(CaseId, UnitId, Title, Basis, DueLength, DueUnit, Priority);
        return SubmitThenGoAsync(CoordinationPermissions.Raise, request, async () => $"/coordination/items/{await raise.HandleAsync(request, cancellationToken)}",
            async () => Units = await units.ActiveAsync(cancellationToken), cancellationToken);
    }
}
