using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Features.Risks;

internal sealed record RiskLinkDto(RiskLinkKind Kind, Guid TargetId, string Label);

internal sealed record RiskDto(
    Guid Id, RiskKind Kind, string Title, string? Description, RiskLevel Level, string Owner, Guid? OwnerUnitId, string? OwnerUnitName, int? HomeBuyers,
    string? DeliveryGuarantee, DateOnly? ResolvedOn, IReadOnlyList<RiskLinkDto> Links, uint Version) : IVersioned
{
    public static RiskDto From(RiskMatter r) => new(r.Id, r.Kind, r.Title, r.Description, r.Level, r.Owner, r.OwnerUnitId, r.OwnerUnitName, r.HomeBuyers,
        r.DeliveryGuarantee, r.ResolvedOn, [.. r.Links.OrderBy(l => l.Kind).ThenBy(l => l.Label).Select(l => new RiskLinkDto(l.Kind, l.TargetId, l.Label))], r.Version);
}
