using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Testing;

/// <summary>
/// A signed-in user for tests: who, which county they work in, and the permissions they hold there. Only the test
/// host understands it (a scheme registered by <see cref="LiandongHostFixture"/>, never by the product).
/// </summary>
public sealed record TestUser(Guid UserId, Guid TenantId, IReadOnlyList<string> Permissions)
{
    public const string Header = "X-Test-User";

    public static TestUser In(TestCounty county, params string[] permissions) =>
        new(Guid.CreateVersion7(), county.Id, permissions);

    internal string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this));

    internal static TestUser? Decode(string? value) =>
        string.IsNullOrEmpty(value) ? null : JsonSerializer.Deserialize<TestUser>(Convert.FromBase64String(value));
}

internal sealed class TestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = TestUser.Decode(Request.Headers[TestUser.Header]);
        if (user is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId.ToString()),
            new(TenantScopeMiddleware.TenantClaim, user.TenantId.ToString()),
        };
        claims.AddRange(user.Permissions.Select(p => new Claim(Permissions.PermissionClaim, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
