using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Serilog.Context;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// A correlation id on every request: the caller's <c>X-Correlation-Id</c> when it is safe, else a new one; echoed in
/// the response, carried by every log line of the request and by every problem body.
/// </summary>
public static partial class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    private static readonly object ItemKey = new();

    public static string Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[ItemKey] as string ?? context.TraceIdentifier;
    }

    internal static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : Guid.CreateVersion7().ToString("N");
        context.Items[ItemKey] = id;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,64}$")]
    private static partial Regex SafeId();
}
