using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Risks;

/// <summary>The major-risk register (重大风险): matters with a level and a named owner, linked to cases, meetings and items.</summary>
internal static class RiskEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var risks = api.MapGroup("/coordination/risks").WithTags("Coordination risks");
        risks.MapGet("", List).RequirePermission(CoordinationPermissions.Risks)
            .Describe("ListRisks", "The major-risk register", "重大风险台账");
        risks.MapGet("/{id:guid}", async (Guid id, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var risk = await FindAsync(id, db, ct);
            http.SetETag(risk);
            return TypedResults.Ok(RiskDto.From(risk));
        }).RequirePermission(CoordinationPermissions.Risks)
            .Describe("GetRisk", "One major risk", "重大风险详情");
        risks.MapPost("", async (RiskRequest request, CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, HttpContext http, CancellationToken ct) =>
        {
            var risk = await SaveAsync(null, 0, request, db, units, cases, ct);
            http.SetETag(risk);
            return TypedResults.Created($"/api/coordination/risks/{risk.Id}", RiskDto.From(risk));
        }).RequirePermission(CoordinationPermissions.ManageRisks).WithIdempotency()
            .Describe("RecordRisk", "Record a major risk", "登记重大风险");
        risks.MapPut("/{id:guid}", async (Guid id, RiskRequest request, CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, HttpContext http, CancellationToken ct) =>
        {
            var risk = await SaveAsync(id, http.RequiredIfMatch(), request, db, units, cases, ct);
            http.SetETag(risk);
            return TypedResults.Ok(RiskDto.From(risk));
        }).RequirePermission(CoordinationPermissions.ManageRisks).RequiresIfMatch()
            .Describe("UpdateRisk", "Update a major risk", "更新重大风险");
        risks.MapPost("/{id:guid}/resolve", async (Guid id, DateRequest request, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var risk = await ResolveAsync(id, http.RequiredIfMatch(), request, db, ct);
            http.SetETag(risk);
            return TypedResults.Ok(RiskDto.From(risk));
        }).RequirePermission(CoordinationPermissions.ManageRisks).RequiresIfMatch()
            .Describe("ResolveRisk", "Mark a major risk resolved", "重大风险化解销号");
    }

    private static async Task<Ok<List<RiskDto>>> List(bool? resolved, CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Risks.AsNoTracking().Include(r => r.Links).AsQueryable();
        query = resolved == true ? query.Where(r => r.ResolvedOn != null) : query.Where(r => r.ResolvedOn == null);
        var risks = await query.OrderByDescending(r => r.Level).ThenBy(r => r.CreatedAt).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(risks.Select(RiskDto.From).ToList());
    }

    /// <summary>Records a matter (<paramref name="id"/> null) or updates one at the version the client saw, with its links checked in this county.</summary>
    internal static async Task<RiskMatter> SaveAsync(
        Guid? id, uint expected, RiskRequest request, CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, CancellationToken cancellationToken)
    {
        RiskMatter risk;
        if (id is { } existing)
        {
            risk = await FindAsync(existing, db, cancellationToken, tracked: true);
            db.ExpectVersion(risk, expected);
        }
        else
        {
            risk = new RiskMatter(request.Kind!.Value, request.Title!.Trim());
            db.Risks.Add(risk);
        }

        var ownerUnit = request.OwnerUnitId is { } unitId ? await units.ActiveUnitAsync(unitId, cancellationToken) : null;
        var links = new List<RiskLink>();
        foreach (var caseId in request.CaseIds ?? [])
        {
            links.Add(new RiskLink(RiskLinkKind.Case, caseId, await cases.CaseNumberAsync(caseId, cancellationToken)));
        }

        var meetingIds = request.MeetingIds ?? [];
        var topics = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Topic, cancellationToken);
        links.AddRange(meetingIds.Select(id => new RiskLink(RiskLinkKind.Meeting, id, topics.GetValueOrDefault(id) ?? throw BusinessException.Rule("coordination.unknown_meeting"))));
        var itemIds = request.ItemIds ?? [];
        var titles = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        links.AddRange(itemIds.Select(id => new RiskLink(RiskLinkKind.Item, id, titles.GetValueOrDefault(id) ?? throw BusinessException.Rule("coordination.unknown_item"))));

        risk.Update(request.Kind!.Value, request.Title!.Trim(), request.Description?.Trim(), request.Level!.Value, request.Owner!.Trim(), ownerUnit,
            request.HomeBuyers, request.DeliveryGuarantee?.Trim());
        if (id is not null)
        {
            db.RemoveRange(risk.Links);
        }

        risk.Link(links);
        await db.SaveChangesAsync(cancellationToken);
        return risk;
    }

    internal static async Task<RiskMatter> ResolveAsync(Guid id, uint expected, DateRequest request, CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var risk = await FindAsync(id, db, cancellationToken, tracked: true);
        db.ExpectVersion(risk, expected);
        if (!risk.Resolve(request.On!.Value))
        {
            throw BusinessException.Conflict("coordination.risk_resolved");
        }

        await db.SaveChangesAsync(cancellationToken);
        return risk;
    }

    internal static async Task<RiskMatter> FindAsync(Guid id, CoordinationDbContext db, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.Risks.Include(r => r.Links);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
    }
}

internal sealed record RiskLinkDto(RiskLinkKind Kind, Guid TargetId, string Label);

internal sealed record RiskDto(
    Guid Id, RiskKind Kind, string Title, string? Description, RiskLevel Level, string Owner, Guid? OwnerUnitId, string? OwnerUnitName, int? HomeBuyers,
    string? DeliveryGuarantee, DateOnly? ResolvedOn, IReadOnlyList<RiskLinkDto> Links, uint Version)
{
    public static RiskDto From(RiskMatter r) => new(r.Id, r.Kind, r.Title, r.Description, r.Level, r.Owner, r.OwnerUnitId, r.OwnerUnitName, r.HomeBuyers,
        r.DeliveryGuarantee, r.ResolvedOn, [.. r.Links.OrderBy(l => l.Kind).ThenBy(l => l.Label).Select(l => new RiskLinkDto(l.Kind, l.TargetId, l.Label))], r.Version);
}

internal sealed record RiskRequest(
    RiskKind? Kind, string? Title, string? Description, RiskLevel? Level, string? Owner, Guid? OwnerUnitId, int? HomeBuyers, string? DeliveryGuarantee,
    IReadOnlyList<Guid>? CaseIds, IReadOnlyList<Guid>? MeetingIds, IReadOnlyList<Guid>? ItemIds) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.Defined("level", Level);
        errors.RequiredText("title", Title, 200);
        errors.OptionalText("description", Description, 4000);
        errors.RequiredText("owner", Owner, 50);
        errors.OptionalText("deliveryGuarantee", DeliveryGuarantee, 1000);
        if (HomeBuyers is < 0 or > 1_000_000)
        {
            errors.Add("homeBuyers", "validation.range", 0, 1_000_000);
        }

        if ((CaseIds?.Count ?? 0) + (MeetingIds?.Count ?? 0) + (ItemIds?.Count ?? 0) > 100)
        {
            errors.Add("caseIds", "validation.range", 0, 100);
        }
    }
}
