using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Wages.Domain;

/// <summary>
/// One version of the county's wage-guarantee rule (domain.md, "Employees"), in force from its date until the next
/// version's: the fund advances the wages of at most <see cref="MonthsCovered"/> months owed, each month's at most
/// <see cref="MonthlyCap"/>. An advance is computed by the version in force on its date.
/// </summary>
internal sealed class GuaranteeRule : AggregateRoot, ITenantOwned
{
    private GuaranteeRule()
    {
    }

    public GuaranteeRule(DateOnly effectiveFrom, int monthsCovered, decimal monthlyCap, string fundName) =>
        (EffectiveFrom, MonthsCovered, MonthlyCap, FundName) = (effectiveFrom, monthsCovered, monthlyCap, fundName);

    public Guid TenantId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public int MonthsCovered { get; private set; }

    public decimal MonthlyCap { get; private set; }

    /// <summary>The fund's name, the creditor it is subrogated as (欠薪保障金 …).</summary>
    public string FundName { get; private set; } = "";
}
