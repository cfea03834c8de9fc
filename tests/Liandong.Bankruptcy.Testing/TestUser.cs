using System.Text.Encodings.Web;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Testing;

/// <summary>
/// A real user of the test database (made by <see cref="LiandongHostFixture.CreateUserAsync"/>) and the county they
/// work in. The test host's scheme signs them in without a password round trip, with exactly the claims a real
/// sign-in issues, so every request still goes through the directory check, the tenant scope and the permission cache.
/// </summary>
public sealed record TestUser(Guid UserId, string UserName, Guid TenantId, string SecurityStamp)
{
    public const string Header = "X-Test-User";

    public TestUser In(TestCounty county) => this with { TenantId = county.Id };

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

        var principal = AccessClaims.Create(user.UserId, user.UserName, user.TenantId, user.SecurityStamp, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
