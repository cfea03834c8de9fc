using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// The OpenAPI document is the department systems' contract: every operation has a stable name, a one-line summary in
/// English and Chinese, and the problem-details responses it can answer. <see cref="Describe"/> names an endpoint;
/// <see cref="DeclareProblems"/> (on the API group) adds the problems its metadata implies.
/// </summary>
public static class ApiDescriptions
{
    /// <summary>The stable operation id, the English summary and the Chinese description of an endpoint.</summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary, string chinese) =>
        builder.WithName(name).WithSummary(summary).WithDescription(chinese);

    /// <summary>
    /// An endpoint that reads an uploaded form itself (<c>HttpRequest.ReadFormAsync</c>): the document shows its
    /// <c>multipart/form-data</c> body, the required binary field <c>file</c> and <paramref name="dates"/> as required
    /// dates (yyyy-MM-dd), so a client knows what to send.
    /// </summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder builder, params string[] dates) =>
        builder.WithMetadata(new UploadForm(dates));

    /// <summary>An update that needs If-Match: it can answer 412 (stale) and 428 (missing).</summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IfMatchRequired.Instance);

    /// <summary>
    /// Declares on every endpoint of <paramref name="group"/> the problems it can answer: 401 and 403 unless anonymous,
    /// 400 when it binds input, 404 when its route names a resource, 409 and 422 when it changes something, 412 and 428
    /// when it needs If-Match, 429 when it is rate-limited.
    /// </summary>
    public static TBuilder DeclareProblems<TBuilder>(this TBuilder group)
        where TBuilder : IEndpointConventionBuilder
    {
        group.Finally(endpoint =>
        {
            foreach (var status in ProblemsOf(endpoint))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return group;
    }

    private static IEnumerable<int> ProblemsOf(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var methods = metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        var writes = methods.Any(m => m is "POST" or "PUT" or "DELETE" or "PATCH");
        var route = (endpoint as RouteEndpointBuilder)?.RoutePattern;
        var hasRouteValues = route?.Parameters.Count > 0;
        var bindsInput = writes || hasRouteValues || metadata.OfType<IParameterBindingMetadata>().Any();
        if (bindsInput)
        {
            yield return 400;
        }

        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            yield return 401;
            yield return 403;
        }

        if (hasRouteValues)
        {
            yield return 404;
        }

        if (writes)
        {
            yield return 409;
            yield return 422;
        }

        if (NeedsIfMatch(metadata))
        {
            yield return 412;
            yield return 428;
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            yield return 429;
        }
    }

    internal static bool NeedsIfMatch(IEnumerable<object> metadata) => metadata.Contains(IfMatchRequired.Instance);

    /// <summary>What <see cref="AcceptsUpload"/> declares: the form's date fields beside its <c>file</c>.</summary>
    internal sealed record UploadForm(IReadOnlyList<string> Dates);

    private sealed class IfMatchRequired
    {
        public static readonly IfMatchRequired Instance = new();
    }
}
