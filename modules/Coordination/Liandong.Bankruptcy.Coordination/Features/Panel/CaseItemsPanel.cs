using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Panel;

/// <summary>
/// The coordination panel on the case page (a Cases <c>CasePanel</c>): every item of the case the user may see, open ones
/// first by due date, then the rest, so the judge tracks each member unit's steps.
/// </summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseItemsPanel : ViewComponent
{
    public const string Name = "CoordinationItems";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<CoordinationDbContext>();
        var clock = HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var page = new PageRequest(PageRequest.MaxLimit, null);
        var open = await ItemEndpoints.ListAsync(page, new ItemFilter(null, null, caseId, null, null), db, clock, HttpContext.RequestAborted);
        var done = await ItemEndpoints.ListAsync(page, new ItemFilter(Domain.ItemStatus.Completed, null, caseId, null, null), db, clock, HttpContext.RequestAborted);
        return View("/Areas/Coordination/Pages/_CasePanel.cshtml", new CasePanelView(caseId, [.. open.Items, .. done.Items]));
    }
}

internal sealed record CasePanelView(Guid CaseId, IReadOnlyList<ItemSummary> Items);
