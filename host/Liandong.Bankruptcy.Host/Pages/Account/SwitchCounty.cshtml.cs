using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Host.Pages.Account;

/// <summary>An officer with several memberships moves the browser session to another of their counties.</summary>
[SignedInOnly]
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class SwitchCountyModel(AccountService account) : PageModel
{
    [BindProperty]
    public string? County { get; set; }

    public IActionResult OnGet() => LocalRedirect("/");

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("SwitchCounty")]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await account.SwitchAsync(User, County, CookieAuthenticationDefaults.AuthenticationScheme, cancellationToken);
        if (outcome.Principal is null)
        {
            return StatusCode(outcome.Status);
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        return LocalRedirect("/");
    }
}
