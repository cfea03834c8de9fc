using Liandong.Bankruptcy.Deregistration.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Deregistration.Features.Panel;

/// <summary>The registration panel on the case page (a Cases <c>CasePanel</c>): the closing steps after a terminated liquidation, publications due, changes open, a link to the file.</summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseRegistrationPanel : ViewComponent
{
    public const string Name = "RegistrationFile";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var file = await HttpContext.RequestServices.GetRequiredService<RegistrationFileReader>().GetAsync(caseId, HttpContext.RequestAborted);
        return View("/Areas/Deregistration/Pages/_CasePanel.cshtml", file);
    }
}
