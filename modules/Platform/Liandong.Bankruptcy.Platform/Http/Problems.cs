using Liandong.Bankruptcy.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// RFC 9457 problem details with a stable <c>code</c>, a localized title and the correlation id. The one way every
/// error leaves the API.
/// </summary>
public static class Problems
{
    public const string CodeKey = "code";

    private static readonly Dictionary<int, string> CodeByStatus = new()
    {
        [400] = "platform.malformed_request",
        [401] = "platform.unauthorized",
        [403] = "platform.forbidden",
        [404] = "platform.not_found",
        [405] = "platform.method_not_allowed",
        [409] = "platform.duplicate",
        [412] = "platform.version_stale",
        [428] = "platform.version_required",
        [429] = "platform.too_many_requests",
        [500] = "platform.server_error",
    };

    /// <summary>An API request (problem details), as opposed to a page (a readable error page).</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>A problem result for <paramref name="code"/>, its title localized in the request's culture.</summary>
    public static IResult Result(HttpContext context, int status, string code, IDictionary<string, string[]>? errors = null, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Extensions[CodeKey] = code;
        problem.Title = Localization.ModuleMessages.Localize(context, code, args);
        return Results.Problem(problem);
    }

    /// <summary>Fills in what every problem carries: stable code, localized title, type, correlation id.</summary>
    internal static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.TryGetValue(CodeKey, out var code) || code is not string)
        {
            code = CodeByStatus.GetValueOrDefault(status, status >= 500 ? "platform.server_error" : "platform.malformed_request");
            problem.Extensions[CodeKey] = code;
            problem.Title = Localization.ModuleMessages.Localize(context.HttpContext, (string)code);
        }

        problem.Type = $"urn:liandong:error:{code}";
        problem.Instance = null;
        problem.Extensions.Remove("traceId");
        problem.Extensions.Remove("exception");
        problem.Extensions["correlationId"] = CorrelationId.Get(context.HttpContext);
        if (status >= 500)
        {
            problem.Detail = null;
        }
    }

}
