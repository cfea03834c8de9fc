using Liandong.Bankruptcy.Assets.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Assets.Features.Panel;

/// <summary>The assets panel on the case page (a Cases <c>CasePanel</c>): the register in figures, the account's balance, a link to the estate.</summary>
/// <remarks>Public because MVC finds only public view components; its services come from the request.</remarks>
[ViewComponent(Name = Name)]
public sealed class CaseAssetsPanel : ViewComponent
{
    public const string Name = "AssetFile";

    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var file = await HttpContext.RequestServices.GetRequiredService<AssetFileReader>().GetAsync(caseId, HttpContext.RequestAborted);
        return View("/Areas/Assets/Pages/_CasePanel.cshtml", file);
    }
}
