using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Features.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>What the host's sign-in and county-switch pages call; the same path as the token endpoint.</summary>
public sealed class AccountService(SignInDirectory directory, ILookupNormalizer normalizer)
{
#pragma warning disable CA1822 // an instance service on purpose: pages take it by injection
    public Task<SignInOutcome> SignInAsync(HttpContext http, string userName, string password, string? county, CancellationToken cancellationToken)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.RequestServices.GetRequiredService<SignInService>().SignInAsync(
            userName, password, county, AuthEndpoints.ClientAddress(http), CookieAuthenticationDefaults.AuthenticationScheme, cancellationToken);
    }

    /// <summary>The same user in another of their counties; refused unless the membership and the county are active.</summary>
    public async Task<SignInOutcome> SwitchAsync(ClaimsPrincipal user, string? county, string scheme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.Name;
        var entry = name is null ? null : await directory.FindAsync(normalizer.NormalizeName(name), cancellationToken);
        return entry is null || string.IsNullOrWhiteSpace(county)
            ? SignInOutcome.Refused("auth.no_membership", 403)
            : SignInService.Choose(entry, name!, county.Trim(), scheme);
    }
}
