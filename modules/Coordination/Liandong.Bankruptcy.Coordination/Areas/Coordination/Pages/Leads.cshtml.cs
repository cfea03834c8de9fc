using Liandong.Bankruptcy.Coordination.Features.Leads;
using Liandong.Bankruptcy.Coordination.Features.Leads.Hand;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>Evasion leads handed over and their answers; a judge or an administrator hands a new one.</summary>
[RequirePermission(CoordinationPermissions.Leads)]
[PostRequiresPermission(CoordinationPermissions.HandLeads)]
internal sealed class LeadsModel(CoordinationDbContext db, LeadReader leads, IUnitDirectory units) : FormPage
{
    public IReadOnlyList<LeadDto> Leads { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Receivers { get; private set; } = [];

    public IReadOnlyList<Domain.CaseProjection> Cases { get; private set; } = [];

    public bool CanHand { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(LeadRequest lead, [FromServices] HandLead hand, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.HandLeads, lead, () => hand.HandleAsync(lead, cancellationToken), () => LoadAsync(cancellationToken), cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Leads = await leads.ListAsync(cancellationToken);
        CanHand = await MayAsync(CoordinationPermissions.HandLeads, cancellationToken);
        if (CanHand)
        {
            Receivers = [.. await units.ActiveAsync(UnitKind.PublicSecurity, cancellationToken), .. await units.ActiveAsync(UnitKind.Procuratorate, cancellationToken)];
            Cases = await db.RecentCasesAsync(cancellationToken);
        }
    }
}
