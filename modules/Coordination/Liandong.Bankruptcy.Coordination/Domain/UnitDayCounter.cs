using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// A unit's day in numbers (architecture.md, "Tenancy"): items assigned, completed, completed on time, gone overdue and
/// returned that day, and the working days the completed ones took. Each county's own work adds to them in the transaction that does the work (the item's
/// <see cref="CoordinationItem.TakeCounterDeltas"/>, written by <c>CoordinationDbContext</c>); the city supervisor reads
/// them for every county through one narrow database function that returns counts only.
/// </summary>
internal sealed class UnitDayCounter : ITenantOwned
{
    private UnitDayCounter()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly Day { get; private set; }

    public string UnitName { get; private set; } = "";

    public int Assigned { get; private set; }

    public int Completed { get; private set; }

    public int OnTime { get; private set; }

    public int Overdue { get; private set; }

    public int Returned { get; private set; }

    /// <summary>The working days the items completed that day took, from the day each started counting (summed).</summary>
    public int HandlingDays { get; private set; }
}

/// <summary>What one change of an item adds to its unit's day.</summary>
internal readonly record struct CounterDelta(
    Guid UnitId, string UnitName, DateOnly Day, int Assigned = 0, int Completed = 0, int OnTime = 0, int Overdue = 0, int Returned = 0, int HandlingDays = 0);

/// <summary>A commendation (表扬) or an accountability record (问责) of a unit for a period (policy 三(四)).</summary>
internal sealed class AssessmentRecord : AggregateRoot, ITenantOwned
{
    private AssessmentRecord()
    {
    }

    public AssessmentRecord(UnitRef unit, AssessmentKind kind, DateOnly from, DateOnly to, string reason, DateOnly decidedOn, Guid? by)
    {
        (UnitId, UnitName, Kind, From, To, Reason, DecidedOn, RecordedBy) = (unit.Id, unit.Name, kind, from, to, reason, decidedOn, by);
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public AssessmentKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    public Guid? RecordedBy { get; private set; }
}

public enum AssessmentKind
{
    Commendation,   // 表扬
    Accountability, // 问责
}

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

/// <summary>
/// An evasion lead (打击逃废债): a judge or administrator hands it to public security or the procuratorate as a
/// coordination item with its legal basis and the facts; the answer is the item's result.
/// </summary>
internal sealed class EvasionLead : AggregateRoot, ITenantOwned
{
    private EvasionLead()
    {
    }

    public EvasionLead(Guid caseId, string caseNumber, EvasionBasis basis, string facts, UnitRef unit, Guid itemId, DateOnly handedOn, Guid? by)
    {
        (CaseId, CaseNumber, Basis, Facts, UnitId, UnitName, ItemId, HandedOn, HandedBy) = (caseId, caseNumber, basis, facts, unit.Id, unit.Name, itemId, handedOn, by);
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public EvasionBasis Basis { get; private set; }

    public string Facts { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public Guid ItemId { get; private set; }

    public DateOnly HandedOn { get; private set; }

    public Guid? HandedBy { get; private set; }

    /// <summary>The Criminal Law article the lead rests on, as the item's basis.</summary>
    public static string BasisText(EvasionBasis basis) => basis switch
    {
        EvasionBasis.ConcealingAccounts => "《刑法》第一百六十二条之一（隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪）",
        EvasionBasis.FalseBankruptcy => "《刑法》第一百六十二条之二（虚假破产罪）",
        _ => "《刑法》第三百一十三条（拒不执行判决、裁定罪）",
    };
}

public enum EvasionBasis
{
    ConcealingAccounts, // art. 162-1
    FalseBankruptcy,    // art. 162-2
    RefusingJudgment,   // art. 313
}
