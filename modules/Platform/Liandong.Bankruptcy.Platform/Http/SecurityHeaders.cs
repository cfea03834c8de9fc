using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>Security headers on every response. Every asset is local, so the policy allows only this origin.</summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // Scalar's bundle (served locally) evaluates inline scripts and workers of its own.
    private const string ApiReferencePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; " +
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    public static Task Middleware(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
            ? ApiReferencePolicy
            : ContentSecurityPolicy;
        return next(context);
    }
}
