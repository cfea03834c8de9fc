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
/// The audit trail of the county the reader works in (the host side's for host administrators): requests and entity
/// changes, newest first, filtered by user, entity and time.
/// </summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/platform/audit").WithTags("Audit");
        audit.MapGet("/requests", Requests).RequirePermission(PlatformPermissions.AuditView)
            .Describe("ListAuditRequests", "The audit trail of state-changing requests", "请求审计日志");
        audit.MapGet("/changes", Changes).RequirePermission(PlatformPermissions.AuditView)
            .Describe("ListAuditChanges", "The audit trail of entity changes", "数据变更审计日志");
    }

    private static async Task<Ok<ListResponse<AuditRequestDto>>> Requests(
        PageRequest page, Guid? userId, DateTimeOffset? from, DateTimeOffset? to, PlatformDbContext db, CancellationToken cancellationToken)
    {
        var query = db.AuditRequests.AsNoTracking();
        query = userId is null ? query : query.Where(r => r.UserId == userId);
        query = from is null ? query : query.Where(r => r.At >= from);
        query = to is null ? query : query.Where(r => r.At < to);
        if (page.After<long?>() is { } after)
        {
            query = query.Where(r => r.Id < after);
        }

        var rows = await query.OrderByDescending(r => r.Id).Take(page.Limit + 1)
            .Select(r => new AuditRequestDto(r.Id, r.At, r.UserId, r.UserName, r.UnitId, r.ClientAddress, r.Method, r.Route, r.Path,
                r.Status, r.DurationMs, r.CorrelationId))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Page(rows, r => (long?)r.Id));
    }

    private static async Task<Ok<ListResponse<AuditChangeDto>>> Changes(
        PageRequest page, string? entityType, string? entityId, Guid? userId, DateTimeOffset? from, DateTimeOffset? to,
        PlatformDbContext db, CancellationToken cancellationToken)
    {
        var query = db.AuditChanges.AsNoTracking();
        query = entityType is null ? query : query.Where(c => c.EntityType == entityType);
        query = entityId is null ? query : query.Where(c => c.EntityId == entityId);
        query = userId is null ? query : query.Where(c => c.UserId == userId);
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

internal sealed record AuditRequestDto(
    long Id, DateTimeOffset At, Guid? UserId, string? UserName, Guid? UnitId, string ClientAddress, string Method, string Route,
    string Path, int Status, int DurationMs, string CorrelationId);

internal sealed record AuditChangeDto(
    long Id, DateTimeOffset At, Guid? UserId, string CorrelationId, string EntityType, string EntityId, string Operation, JsonElement Changes);
