using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// A major-risk matter (重大风险, policy 二(五)): social stability, financial risk, or a problem housing project with its
/// home buyers and delivery guarantee (保交楼); a level and a named owner; linked to cases, meetings and items.
/// </summary>
internal sealed class RiskMatter : AggregateRoot, ITenantOwned
{
    private RiskMatter()
    {
    }

    public RiskMatter(RiskKind kind, string title) => (Kind, Title) = (kind, title);

    public Guid TenantId { get; private set; }

    public RiskKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public RiskLevel Level { get; private set; }

    /// <summary>The named person answerable for the matter, and their unit.</summary>
    public string Owner { get; private set; } = "";

    public Guid? OwnerUnitId { get; private set; }

    public string? OwnerUnitName { get; private set; }

    /// <summary>For a problem housing project: the home buyers concerned, and the delivery guarantee (保交楼) arrangement.</summary>
    public int? HomeBuyers { get; private set; }

    public string? DeliveryGuarantee { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    /// <summary>For a matter a module opened (<c>RiskReported</c>): its key, so that a redelivery opens nothing more.</summary>
    public string? SourceKey { get; private set; }

    public static RiskMatter Reported(RiskKind kind, string title, string? description, RiskLevel level, string owner, UnitRef? ownerUnit, RiskLink link, string sourceKey)
    {
        var risk = new RiskMatter(kind, title) { SourceKey = sourceKey };
        risk.Update(kind, title, description, level, owner, ownerUnit, null, null);
        risk.Links.Add(link);
        return risk;
    }

    public List<RiskLink> Links { get; private set; } = [];

    public void Update(RiskKind kind, string title, string? description, RiskLevel level, string owner, UnitRef? ownerUnit, int? homeBuyers, string? deliveryGuarantee)
    {
        (Kind, Title, Description, Level, Owner) = (kind, title, description, level, owner);
        (OwnerUnitId, OwnerUnitName, HomeBuyers, DeliveryGuarantee) = (ownerUnit?.Id, ownerUnit?.Name, homeBuyers, deliveryGuarantee);
        Touch();
    }

    public void Link(IEnumerable<RiskLink> links)
    {
        Links = [.. links.DistinctBy(l => (l.Kind, l.TargetId))];
        Touch();
    }

    public bool Resolve(DateOnly on)
    {
        if (ResolvedOn is not null)
        {
            return false;
        }

        ResolvedOn = on;
        Touch();
        return true;
    }
}

internal sealed class RiskLink : Entity, ITenantOwned
{
    private RiskLink()
    {
    }

    public RiskLink(RiskLinkKind kind, Guid targetId, string label) => (Kind, TargetId, Label) = (kind, targetId, label);

    public Guid TenantId { get; private set; }

    public Guid RiskId { get; private set; }

    public RiskLinkKind Kind { get; private set; }

    public Guid TargetId { get; private set; }

    /// <summary>The case number, meeting topic or item title at the time of linking.</summary>
    public string Label { get; private set; } = "";
}

public enum RiskKind
{
    SocialStability, // 社会稳定
    FinancialRisk,   // 金融风险
    ProblemHousing,  // 问题楼盘（保交楼）
}

public enum RiskLevel
{
    General, // 一般
    Serious, // 较大
    Major,   // 重大
}

public enum RiskLinkKind
{
    Case,
    Meeting,
    Item,
}
