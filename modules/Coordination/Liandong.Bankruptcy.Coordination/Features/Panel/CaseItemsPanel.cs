using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Items.List;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Panel;

/// <summary>
/// The coordination panel on the case page (a Cases <c>CasePanel</c>): every item of the case the user may see, those
/// waiting for consent or returned first, then the open ones by due date, then the completed, so the judge tracks each
/// member unit's steps and sees the items they raised while they wait.
/// </summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseItemsPanel : ViewComponent
{
    public const string Name = "CoordinationItems";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var items = await HttpContext.RequestServices.GetRequiredService<ItemList>().OfCaseAsync(caseId, HttpContext.RequestAborted);
        return View("/Areas/Coordination/Pages/_CasePanel.cshtml", new CasePanelView(caseId, items));
    }
}

internal sealed record CasePanelView(Guid CaseId, IReadOnlyList<ItemSummary> Items);
