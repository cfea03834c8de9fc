using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Platform.Features.Auth;

/// <summary>Bearer tokens for API clients, and who the signed-in user is and where they may work.</summary>
internal static class AuthEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/token", Token).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>()
            .Describe("IssueToken", "Sign in for a bearer token in a county", "登录并取得访问令牌");
        auth.MapGet("/me", Me).RequireSignedIn()
            .Describe("GetSignedInUser", "The signed-in user and the counties they may work in", "当前用户及可切换的县区");
    }

    /// <summary>Answers <c>{"tokenType","accessToken","expiresIn","refreshToken"}</c> for the chosen county.</summary>
    private static async Task<IResult> Token(TokenRequest request, SignInService signIn, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(
            request.UserName!, request.Password!, request.County, ClientAddress(http), IdentityConstants.BearerScheme, cancellationToken);
        return outcome.Principal is null
            ? Problems.Result(http, outcome.Status, outcome.ErrorCode!)
            : TypedResults.SignIn(outcome.Principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok<MeResponse>> Me(HttpContext http, SignInDirectory directory, ILookupNormalizer normalizer, CancellationToken cancellationToken)
    {
        AccessClaims.TryRead(http.User, out var userId, out var tenantId);
        var entry = await directory.FindAsync(normalizer.NormalizeName(http.User.Identity!.Name!), cancellationToken);
        var counties = entry!.Memberships.Where(m => m.IsUsable)
            .Select(m => new CountyChoice(m.TenantId, m.DivisionCode, m.Name, m.TenantId == tenantId))
            .ToList();
        return TypedResults.Ok(new MeResponse(userId, http.User.Identity.Name!, tenantId, counties));
    }

    internal static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

internal sealed record TokenRequest(string? UserName, string? Password, string? County) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("userName", UserName, 64);
        errors.RequiredText("password", Password, 128);
        errors.OptionalText("county", County, 40);
    }
}

internal sealed record MeResponse(Guid UserId, string UserName, Guid CountyId, IReadOnlyList<CountyChoice> Counties);

internal sealed record CountyChoice(Guid Id, string DivisionCode, string Name, bool Current);
