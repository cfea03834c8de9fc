using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features;
using Liandong.Bankruptcy.Coordination.Features.Risks;
using Liandong.Bankruptcy.Coordination.Features.Risks.Record;
using Liandong.Bankruptcy.Coordination.Features.Risks.Resolve;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>The major-risk register: open matters by level (or the resolved ones), recording one with its links, resolving one.</summary>
[RequirePermission(CoordinationPermissions.Risks)]
[PostRequiresPermission(CoordinationPermissions.ManageRisks)]
internal sealed class RisksModel(RiskReader risks, CoordinationDbContext db, IUnitDirectory units) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public bool Resolved { get; set; }

    public IReadOnlyList<RiskDto> Risks { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public IReadOnlyList<CaseProjection> Cases { get; private set; } = [];

    public IReadOnlyList<CoordinationMeeting> Meetings { get; private set; } = [];

    protected override string? ManagePermission => CoordinationPermissions.ManageRisks;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(RiskRequest risk, [FromServices] RecordRisk record, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.ManageRisks, risk, () => record.HandleAsync(risk, cancellationToken), () => LoadAsync(cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(Guid riskId, uint version, DateRequest step, [FromServices] ResolveRisk resolve, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.ManageRisks, step, () => resolve.HandleAsync(riskId, version, step, cancellationToken), () => LoadAsync(cancellationToken), cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Risks = await risks.ListAsync(Resolved, cancellationToken);
        if (CanManage)
        {
            Units = await units.ActiveAsync(cancellationToken);
            Cases = await db.RecentCasesAsync(cancellationToken);
            Meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldOn).Take(100).ToListAsync(cancellationToken);
        }
    }
}
