using System.Text.Json;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Audit;

/// <summary>
/// The audit trail of the county the reader works in (the host side's for host administrators): requests in words
/// (who, which unit, what, on which case or object), filtered by user, unit, action, case and time, and exported; entity
/// changes, filtered by user, entity and time.
/// </summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/platform/audit").WithTags("Audit");
        audit.MapGet("/requests", Requests).RequirePermission(PlatformPermissions.AuditView)
            .Describe("ListAuditRequests", "The audit trail of state-changing requests", "请求审计日志");
        audit.MapGet("/requests/export", Export).RequirePermission(PlatformPermissions.AuditView)
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.ContentType)
            .Describe("ExportAuditRequests", "The filtered audit trail of requests as a spreadsheet (at most 10,000 rows)", "导出请求审计日志（Excel，最多一万行）");
        audit.MapGet("/changes", Changes).RequirePermission(PlatformPermissions.AuditView)
            .Describe("ListAuditChanges", "The audit trail of entity changes", "数据变更审计日志");
    }

    /// <summary>At most this many requests per export; a longer stretch is narrowed by the filters.</summary>
    internal const int MaxExportRows = 10_000;

    private static async Task<Ok<ListResponse<AuditEntry>>> Requests(
        PageRequest page, [AsParameters] AuditFilter filter, AuditLog log, CancellationToken cancellationToken)
    {
        var rows = await log.ReadAsync(filter, page.After<long?>(), page.Limit + 1, cancellationToken);
        return TypedResults.Ok(page.Page(rows, r => (long?)r.Id));
    }

    private static async Task<FileContentHttpResult> Export(
        [AsParameters] AuditFilter filter, AuditLog log, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var rows = await log.ReadAsync(filter, null, MaxExportRows, cancellationToken);
        var t = Localization.ModuleMessages.For(http);
        return await Spreadsheets.XlsxAsync(
            [.. rows.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new(t["audit.at"], r.At.ToOffset(Time.BusinessClock.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
                new(t["audit.user"], r.UserName),
                new(t["audit.unit"], r.UnitName),
                new(t["audit.action"], r.ActionText),
                new(t["audit.subject"], r.Subject),
                new(t["audit.status"], r.Status),
                new(t["audit.request"], $"{r.Method} {r.Path}"),
                new(t["audit.correlation"], r.CorrelationId),
            ])],
            $"audit-{clock.GetUtcNow().ToOffset(Time.BusinessClock.ChinaOffset):yyyyMMdd}.xlsx", cancellationToken);
    }

    private static async Task<Ok<ListResponse<AuditChangeDto>>> Changes(
        PageRequest page, string? entityType, string? entityId, Guid? userId, DateTimeOffset? from, DateTimeOffset? to,
        PlatformDbContext db, CancellationToken cancellationToken)
    {
        var query = db.AuditChanges.AsNoTracking();
        query = entityType is null ? query : query.Where(c => c.EntityType == entityType);
        query = entityId is null ? query : query.Where(c => c.EntityId == entityId);
        query = userId is null ? query : query.Where(c => c.UserId == userId);
        (from, to) = (from?.ToUniversalTime(), to?.ToUniversalTime()); // PostgreSQL's timestamptz takes UTC only (a client may send +08:00)
        query = from is null ? query : query.Where(c => c.At >= from);
        query = to is null ? query : query.Where(c => c.At < to);
        if (page.After<long?>() is { } after)
        {
            query = query.Where(c => c.Id < after);
        }

        var rows = await query.OrderByDescending(c => c.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = rows.Select(c => new AuditChangeDto(
            c.Id, c.At, c.UserId, c.CorrelationId, c.EntityType, c.EntityId, c.Operation, JsonSerializer.Deserialize<JsonElement>(c.Changes))).ToList();
        return TypedResults.Ok(page.Page(items, c => (long?)c.Id));
    }
}

internal sealed record AuditChangeDto(
    long Id, DateTimeOffset At, Guid? UserId, string CorrelationId, string EntityType, string EntityId, string Operation, JsonElement Changes);
