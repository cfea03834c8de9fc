using Liandong.Bankruptcy.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Host.Pages;

[AllowAnonymous]
public sealed class IndexModel(IStringLocalizer<Messages> localizer) : PageModel
{
    public string AppName => localizer["app.name"];

    public void OnGet()
    {
    }
}
