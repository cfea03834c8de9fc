using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Serilog.Core;
using Serilog.Events;

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

    internal static Task Middleware(HttpContext context, RequestDelegate next)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : NewId();
        context.Items[ItemKey] = id;
        context.Response.Headers[Header] = id;
        return next(context);
    }

    /// <summary>
    /// Gives every log event written while a request runs its correlation id, read from the request itself: nothing
    /// pushed onto an async-local and popped again per request, as Serilog's <c>LogContext</c> would.
    /// </summary>
    internal sealed class LogEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            ArgumentNullException.ThrowIfNull(logEvent);
            try
            {
                if (accessor.HttpContext?.Items[ItemKey] is string id)
                {
                    logEvent.AddPropertyIfAbsent(new LogEventProperty("CorrelationId", new ScalarValue(id)));
                }
            }
            catch (ObjectDisposedException)
            {
                // Work the request started logged just as the request ended: the line goes out without the id.
            }
        }
    }

    // The request's own W3C trace id when it started one (ASP.NET Core does while anything logs; the id is drawn from a
    // per-thread generator and is each log line's @tr as well), else a new GUID (the OS's random source: on Linux a
    // system call per request). A trace the caller continues (traceparent) is shared by its requests: each then gets a GUID.
    private static string NewId() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, ParentId: null } activity
            ? activity.TraceId.ToHexString()
            : Guid.CreateVersion7().ToString("N");

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,64}$")]
    private static partial Regex SafeId();
}
