using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Host.Pages.Account;

/// <summary>Ends the browser session (POST with antiforgery; a GET only goes home).</summary>
[SignedInOnly]
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("SignOut")]
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/account/sign-in");
    }
}
