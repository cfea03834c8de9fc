using Liandong.Bankruptcy.Wages.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Wages.Features.Panel;

/// <summary>The wages panel on the case page (a Cases <c>CasePanel</c>): the list's size, class ① total, publication and verification, a link to the list.</summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseWagesPanel : ViewComponent
{
    public const string Name = "WageFile";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var file = await HttpContext.RequestServices.GetRequiredService<WageFileReader>().GetAsync(caseId, HttpContext.RequestAborted);
        return View("/Areas/Wages/Pages/_CasePanel.cshtml", file);
    }
}
