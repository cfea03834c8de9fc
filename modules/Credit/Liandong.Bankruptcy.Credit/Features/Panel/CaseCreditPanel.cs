using Liandong.Bankruptcy.Credit.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Credit.Features.Panel;

/// <summary>The credit panel on the case page (a Cases <c>CasePanel</c>): each target's measure and where it stands, a link to the file.</summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseCreditPanel : ViewComponent
{
    public const string Name = "CreditFile";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var file = await HttpContext.RequestServices.GetRequiredService<CreditFileReader>().GetAsync(caseId, HttpContext.RequestAborted);
        return View("/Areas/Credit/Pages/_CasePanel.cshtml", file);
    }
}
