using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>
/// Every request of a signed-in principal (cookie or bearer) is checked against the directory, through the same
/// SECURITY DEFINER path as sign-in: an inactive user, a changed security stamp or a revoked membership makes the
/// request anonymous (and ends the cookie); a deactivated county is refused with 403.
/// </summary>
internal static class PrincipalValidation
{
    public static async Task Middleware(HttpContext context, RequestDelegate next, SignInDirectory directory, ILookupNormalizer normalizer)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var entry = principal.Identity.Name is { } name
            ? await directory.FindAsync(normalizer.NormalizeName(name), context.RequestAborted)
            : null;
        var valid = AccessClaims.TryRead(principal, out var userId, out var tenantId) && entry is not null &&
                    entry.UserId == userId && entry.IsActive && entry.SecurityStamp == principal.FindFirstValue(AccessClaims.SecurityStamp);
        var membership = valid ? entry!.In(tenantId) : null;
        if (membership is null || !membership.IsActive)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (context.Request.Cookies.ContainsKey(CookieName))
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }
        else if (!membership.CountyActive && !context.Request.Path.StartsWithSegments("/account"))
        {
            await Problems.Result(context, 403, "platform.county_inactive").ExecuteAsync(context);
            return;
        }
        else
        {
            context.Items[CurrentUnit.Item] = membership.Unit;
        }

        await next(context);
    }

    public const string CookieName = "liandong.auth";
}
