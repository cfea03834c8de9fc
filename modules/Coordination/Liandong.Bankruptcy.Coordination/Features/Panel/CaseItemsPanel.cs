using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Items.List;
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
        var list = HttpContext.RequestServices.GetRequiredService<ItemList>();
        var page = new PageRequest(PageRequest.MaxLimit, null);
        var open = await list.ListAsync(page, new ItemFilter(null, null, caseId, null, null), HttpContext.RequestAborted);
        var done = await list.ListAsync(page, new ItemFilter(Domain.ItemStatus.Completed, null, caseId, null, null), HttpContext.RequestAborted);
        return View("/Areas/Coordination/Pages/_CasePanel.cshtml", new CasePanelView(caseId, [.. open.Items, .. done.Items]));
    }
}

internal sealed record CasePanelView(Guid CaseId, IReadOnlyList<ItemSummary> Items);
