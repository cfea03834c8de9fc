using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax.Features.Panel;

/// <summary>The tax panel on the case page (a Cases <c>CasePanel</c>): the bureau's claims by class, the file's state, a link to the tax page.</summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseTaxPanel : ViewComponent
{
    public const string Name = "TaxFile";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var file = await HttpContext.RequestServices.GetRequiredService<TaxCaseReader>().GetAsync(caseId, HttpContext.RequestAborted);
        return View("/Areas/Tax/Pages/_CasePanel.cshtml", file);
    }
}
