using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Items.List;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Panel;

/// <summary>
/// The coordination section of the judge's desk (a Cases <c>DeskPanel</c>): the items of the judge's cases, those
/// waiting for consent or returned first, then the open ones by due date, then those done in the last two weeks, so
/// the judge sees a member unit's step done without opening each case.
/// </summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class DeskItemsPanel : ViewComponent
{
    public const string Name = "CoordinationDeskItems";

    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<Guid> caseIds)
    {
        var items = await HttpContext.RequestServices.GetRequiredService<ItemList>().OfCasesAsync(caseIds, HttpContext.RequestAborted);
        return View("/Areas/Coordination/Pages/_DeskPanel.cshtml", items);
    }
}
