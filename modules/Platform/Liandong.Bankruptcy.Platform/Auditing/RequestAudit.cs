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
internal static class RequestAudit
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
            services.GetRequiredService<TimeProvider>().GetUtcNow());
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
