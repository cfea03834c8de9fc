using Liandong.Bankruptcy.Platform.Domain;

namespace Liandong.Bankruptcy.Credit.Domain;

/// <summary>Where a debtor's failure records sit, each kept by one unit (domain.md, "Credit repair").</summary>
public enum CreditTarget
{
    PublicCredit,         // 信用中国 — development and reform, the single intake (国办发〔2025〕22号; NDRC order No. 36)
    TaxCredit,            // the tax credit rating — the tax bureau (SAT and SPC 2025 No. 24), decided in the Tax module
    AbnormalOperations,   // the abnormal-operations list — market regulation
    CreditReporting,      // PBoC credit reporting — the bank liaison
    CourtLists,           // the court's lists (consumption restrictions …) after the approval
    DishonestDebtorList,  // the list of dishonest judgment debtors: deleted on acceptance in every procedure, not tied to a plan
}

/// <summary>Where a measure stands. Repaired measures are provisional until the plan or agreement is carried out.</summary>
public enum MeasureStatus
{
    Requested,
    Repaired,
    Refused,
    Final,
    ReversalDue,
    Reversed,
    Withdrawn,
}

/// <summary>Who files a repair application: the administrator, or the reorganized (composed) company itself through it.</summary>
public enum CreditApplicant
{
    Administrator,
    ReorganizedCompany,
}

/// <summary>Each target's unit, its coordination item (kind, title, basis, period) and the item that reverses a repair.</summary>
internal sealed record CreditTargetRule(CreditTarget Target, UnitKind Unit, string Title, string Basis, int DueWorkingDays)
{
    public string ItemKind => "credit." + Snake;

    public string ReversalKind => "credit.reversal." + Snake;

    private string Snake => string.Concat(Target.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

internal static class CreditTargets
{
    /// <summary>The targets an application may name (the dishonest-debtor list is the court's on acceptance, not applied for).</summary>
    public static readonly CreditTarget[] Applicable =
        [CreditTarget.PublicCredit, CreditTarget.TaxCredit, CreditTarget.AbnormalOperations, CreditTarget.CreditReporting, CreditTarget.CourtLists];

    private const string Plan = "国办发〔2025〕22号";

    public static readonly IReadOnlyDictionary<CreditTarget, CreditTargetRule> Rules = new CreditTargetRule[]
    {
        new(CreditTarget.PublicCredit, UnitKind.DevelopmentReform, "信用中国网站失信信息修复（重整和解企业专区）", Plan + "；信用修复管理办法（国家发展改革委令第36号）", 15),
        new(CreditTarget.TaxCredit, UnitKind.Tax, "纳税信用修复", Plan + "；国家税务总局 最高人民法院公告2025年第24号", 15),
        new(CreditTarget.AbnormalOperations, UnitKind.MarketRegulation, "移出经营异常名录", Plan, 15),
        new(CreditTarget.CreditReporting, UnitKind.Banking, "在金融信用信息基础数据库添加重整（和解）信息", Plan, 15),
        new(CreditTarget.CourtLists, UnitKind.Court, "屏蔽或删除法院限制消费等名单信息", Plan, 15),
        new(CreditTarget.DishonestDebtorList, UnitKind.Court, "删除失信被执行人名单信息（受理后中止执行）", "最高人民法院关于公布失信被执行人名单信息的若干规定第十条", 3),
    }.ToDictionary(r => r.Target);

    /// <summary>A reversal is due within 10 working days of the conversion.</summary>
    public const int ReversalWorkingDays = 10;

    /// <summary>The target an item kind (or its reversal kind) is of.</summary>
    public static (CreditTarget Target, bool Reversal)? OfItemKind(string kind) =>
        Rules.Values.FirstOrDefault(r => r.ItemKind == kind) is { } rule ? (rule.Target, false)
        : Rules.Values.FirstOrDefault(r => r.ReversalKind == kind) is { } reversal ? (reversal.Target, true)
        : null;
}
