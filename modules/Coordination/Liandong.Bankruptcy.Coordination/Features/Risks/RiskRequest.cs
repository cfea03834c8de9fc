using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Risks;

/// <summary>What a matter says, recorded or updated: kind, level, owner, home buyers, the delivery guarantee, links.</summary>
internal sealed record RiskRequest(
    RiskKind? Kind, string? Title, string? Description, RiskLevel? Level, string? Owner, Guid? OwnerUnitId, int? HomeBuyers, string? DeliveryGuarantee,
    [property: MaxItems(100)] IReadOnlyList<Guid>? CaseIds, [property: MaxItems(100)] IReadOnlyList<Guid>? MeetingIds, [property: MaxItems(100)] IReadOnlyList<Guid>? ItemIds) : IValidatable
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

internal static class RiskDetails
{
    /// <summary>Writes the request onto the matter, its links (cases, meetings, items) checked in this county; an update replaces the links.</summary>
    public static async Task ApplyAsync(
        this CoordinationDbContext db, RiskMatter risk, RiskRequest request, bool replaceLinks, IUnitDirectory units, ICaseQueries cases, CancellationToken cancellationToken)
    {
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
        if (replaceLinks)
        {
            db.RemoveRange(risk.Links);
        }
        risk.Link(links);
    }
}
