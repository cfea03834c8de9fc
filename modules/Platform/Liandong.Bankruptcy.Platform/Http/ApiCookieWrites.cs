using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// Cross-site request forgery on the API: a browser sends the session cookie with any request a foreign page makes, and
/// SameSite is the only thing standing in the way. So a state-changing API request that carries the session cookie and
/// no bearer token must also carry a valid antiforgery token (header <c>RequestVerificationToken</c>), else 403
/// <c>platform.api_cookie_write</c> before anything runs. API clients use bearer tokens; pages post to pages, never to
/// the API; reads (downloads linked from pages) stay open to the cookie.
/// </summary>
internal static class ApiCookieWrites
{
    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        if (Refused(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await Problems.Result(context, StatusCodes.Status403Forbidden, "platform.api_cookie_write").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool Refused(HttpContext context)
    {
        var request = context.Request;
        return request.Path.StartsWithSegments("/api")
               && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
               && request.Cookies.ContainsKey(PrincipalValidation.CookieName)
               && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
               && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;
    }
}
