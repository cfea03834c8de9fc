using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Host.Pages.Account;

/// <summary>Cookie sign-in for the browser (antiforgery-checked like every Razor Pages form).</summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class SignInModel(IStringLocalizer<Messages> localizer, AccountService account) : PageModel
{
    public string AppName => localizer["app.name"];

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("SignIn")]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = localizer["validation.required"];
            return Page();
        }

        var outcome = await account.SignInAsync(HttpContext, UserName, Password, string.IsNullOrWhiteSpace(County) ? null : County.Trim(), cancellationToken);
        if (outcome.Principal is null)
        {
            Error = localizer[outcome.ErrorCode!];
            Response.StatusCode = outcome.Status == 429 ? 429 : 200;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
