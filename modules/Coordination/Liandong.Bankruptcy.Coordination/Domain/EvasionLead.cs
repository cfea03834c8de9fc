using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

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
