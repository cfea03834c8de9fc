using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Host.Pages;

/// <summary>The home page: a signed-in user goes to the first module home page their permissions open (a judge's desk …).</summary>
[AllowAnonymous]
public sealed class IndexModel(ModuleCatalog modules, IPermissionChecker permissions) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            foreach (var home in modules.Modules.SelectMany(m => m.HomePages()).OrderBy(h => h.Order))
            {
                if (await permissions.IsGrantedAsync(User, home.Permission, cancellationToken))
                {
                    return LocalRedirect(home.Url);
                }
            }
        }

        return Page();
    }
}
