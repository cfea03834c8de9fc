using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Items.List;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>
/// The office's home page (跟踪问效): items awaiting the leadership group's consent, items units returned, and every open
/// item of the county by due date (overdue first), filtered by unit.
/// </summary>
[RequirePermission(CoordinationPermissions.Oversee)]
internal sealed class OverviewModel(ItemList list, IUnitDirectory units) : PageModel
{
    public IReadOnlyList<ItemSummary> Pending { get; private set; } = [];

    public IReadOnlyList<ItemSummary> Returned { get; private set; } = [];

    public ListResponse<ItemSummary> Open { get; private set; } = new([], null);

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var first = new PageRequest(PageRequest.MaxLimit, null);
        Pending = (await list.ListAsync(first, new ItemFilter(ItemStatus.PendingConsent, null, null, null, null), cancellationToken)).Items;
        Returned = (await list.ListAsync(first, new ItemFilter(ItemStatus.Returned, null, null, null, null), cancellationToken)).Items;
        Open = await list.ListAsync(new PageRequest(PageRequest.DefaultLimit, Cursor), new ItemFilter(null, UnitId, null, null, Overdue ? true : null), cancellationToken);
        Units = await units.ActiveAsync(cancellationToken);
    }
}
