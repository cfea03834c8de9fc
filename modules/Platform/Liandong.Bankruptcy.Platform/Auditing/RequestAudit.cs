using System.Diagnostics;
using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Features.Auth;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Platform.Auditing;

/// <summary>
/// Writes an audit record for every state-changing request after it ran, whatever the outcome (refusals too), in
/// the county of the signed-in principal (the host side for requests with none, such as sign-in attempts). It runs
/// outside the exception handler, so it sees the status the client got; the county comes from the principal's
/// claims because the request's tenant scope lives inside the pipeline.
/// </summary>
internal static partial class RequestAudit
{
    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            await WriteAsync(context, context.Response.StatusCode, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>The resource the route names (its <c>id</c> first), else the aggregate the request created (or the one its response points to).</summary>
    private static Guid? SubjectOf(HttpContext context)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("id", out var id) && Guid.TryParse(id?.ToString(), out var named))
        {
            return named;
        }

        foreach (var value in values.Values)
        {
            if (Guid.TryParse(value?.ToString(), out var other))
            {
                return other;
            }
        }

        if (context.Items[HttpAuditContext.CreatedItem] is Guid created)
        {
            return created;
        }

        var location = context.Response.Headers.Location.ToString();
        var match = GuidInText().Match(location);
        return match.Success ? Guid.Parse(match.Value) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex GuidInText();

    private static async Task WriteAsync(HttpContext context, int status, int durationMs)
    {
        var services = context.RequestServices;
        var currentTenant = services.GetRequiredService<ICurrentTenant>();
        var user = context.User;
        var tenant = Identity.AccessClaims.TryRead(user, out _, out var county) ? county : Tenants.Host;
        var record = new AuditRequest(
            tenant,
            Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
            user.Identity?.Name,
            (context.Items[Identity.CurrentUnit.Item] as Identity.MemberUnit)?.Id,
            AuthEndpoints.ClientAddress(context),
            context.Request.Method,
            (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)",
            context.Request.Path.Value ?? "",
            status,
            durationMs,
            CorrelationId.Get(context),
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            context.Items[AuditActionPageFilter.Item] as string ?? AuditActions.OperationOf(context.GetEndpoint()),
            SubjectOf(context));
        try
        {
            using var scope = currentTenant.Change(tenant);
            await using var serviceScope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var db = serviceScope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.AuditRequests.Add(record);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestAudit))
                .LogError(e, "Audit record of {Method} {Path} ({Status}) could not be written", record.Method, record.Path, status);
        }
    }
}
