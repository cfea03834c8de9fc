namespace Liandong.Bankruptcy.Assets.Domain.Distribution;

/// <summary>One band of a marginal scale: the part of the base between <c>From</c> and <c>To</c> (null: no top) at <c>Rate</c>.</summary>
public sealed record FeeBand(decimal From, decimal? To, decimal Rate, decimal Portion, decimal Fee);

/// <summary>A fee and its arithmetic: the base, each band's part, the total before any cap, the fee.</summary>
public sealed record FeeCalculation(decimal Base, IReadOnlyList<FeeBand> Bands, decimal Scale, decimal Fee);

/// <summary>
/// The administrator's fee (SPC rules on administrators' fees, 2007, art. 2) and the court fee (诉讼费用交纳办法 arts.
/// 13(1), 14(6)): marginal scales, every rate and boundary exact, money rounded to the cent half away from zero.
/// </summary>
public static class Fees
{
    /// <summary>The SPC caps: up to ¥1M 12 %; 1–5M 10 %; 5–10M 8 %; 10–50M 6 %; 50–100M 3 %; 100–500M 1 %; above 0.5 %.</summary>
    public static readonly IReadOnlyList<(decimal Upto, decimal Rate)> AdministratorScale =
    [
        (1_000_000m, 0.12m), (5_000_000m, 0.10m), (10_000_000m, 0.08m), (50_000_000m, 0.06m),
        (100_000_000m, 0.03m), (500_000_000m, 0.01m), (decimal.MaxValue, 0.005m),
    ];

    /// <summary>The property-case scale (art. 13(1)): ¥50 up to ¥10,000, then 2.5 % … 0.5 % above ¥20M.</summary>
    public static readonly IReadOnlyList<(decimal Upto, decimal Rate)> PropertyCaseScale =
    [
        (100_000m, 0.025m), (200_000m, 0.02m), (500_000m, 0.015m), (1_000_000m, 0.01m), (2_000_000m, 0.009m),
        (5_000_000m, 0.008m), (10_000_000m, 0.007m), (20_000_000m, 0.006m), (decimal.MaxValue, 0.005m),
    ];

    public const decimal PropertyCaseMinimum = 50m;
    public const decimal PropertyCaseMinimumUpto = 10_000m;
    public const decimal CourtFeeCap = 300_000m;

    /// <summary>How far a provincial high court may move the administrator's caps (art. 2(2)): ±30 %.</summary>
    public const decimal MaxAdjustmentPercent = 30m;

    /// <summary>The administrator's fee on <paramref name="base"/> (what is finally distributed, collateral excluded), its rates moved by <paramref name="adjustmentPercent"/>.</summary>
    public static FeeCalculation AdministratorFee(decimal @base, decimal adjustmentPercent = 0m)
    {
        var factor = 1m + adjustmentPercent / 100m;
        var bands = Marginal(@base, 0m, AdministratorScale.Select(b => (b.Upto, b.Rate * factor)));
        var scale = bands.Sum(b => b.Fee);
        return new FeeCalculation(@base, bands, scale, Shares.Cents(scale));
    }

    /// <summary>
    /// The fee as the bankruptcy expense it is: the base is what remains for creditors once the fee is paid, so with
    /// <paramref name="distributable"/> = the free estate less the other bankruptcy expenses, fee = scale(distributable − fee).
    /// The scale is piecewise linear with slopes below one, so the solution is unique: in the band where the base falls,
    /// fee = (scale(from) + rate × (distributable − from)) ÷ (1 + rate).
    /// </summary>
    public static FeeCalculation AdministratorFeeWithin(decimal distributable, decimal adjustmentPercent = 0m)
    {
        if (distributable <= 0)
        {
            return AdministratorFee(0m, adjustmentPercent);
        }

        var factor = 1m + adjustmentPercent / 100m;
        decimal from = 0m, below = 0m;
        foreach (var (upto, baseRate) in AdministratorScale)
        {
            var rate = baseRate * factor;
            var fee = (below + rate * (distributable - from)) / (1m + rate);
            var @base = distributable - fee;
            if (@base <= upto)
            {
                var rounded = Shares.Cents(fee);
                var calculation = AdministratorFee(distributable - rounded, adjustmentPercent);
                return calculation with { Fee = rounded };
            }

            below += rate * (upto - from);
            from = upto;
        }

        throw new InvalidOperationException("The last band has no top.");
    }

    /// <summary>The court fee of a bankruptcy case: half the property-case scale on the estate, at most ¥300,000 (art. 14(6)).</summary>
    public static FeeCalculation CourtFee(decimal estate)
    {
        var bands = new List<FeeBand> { new(0m, PropertyCaseMinimumUpto, 0m, Math.Min(Math.Max(estate, 0m), PropertyCaseMinimumUpto), PropertyCaseMinimum) };
        bands.AddRange(Marginal(estate, PropertyCaseMinimumUpto, PropertyCaseScale));
        var scale = bands.Sum(b => b.Fee);
        return new FeeCalculation(estate, bands, scale, Math.Min(Shares.Cents(scale / 2m), CourtFeeCap));
    }

    private static List<FeeBand> Marginal(decimal @base, decimal start, IEnumerable<(decimal Upto, decimal Rate)> scale)
    {
        var bands = new List<FeeBand>();
        var from = start;
        foreach (var (upto, rate) in scale)
        {
            var portion = Math.Max(0m, Math.Min(@base, upto) - from);
            bands.Add(new FeeBand(from, upto == decimal.MaxValue ? null : upto, rate, portion, portion * rate));
            if (@base <= upto)
            {
                break;
            }

            from = upto;
        }

        return bands;
    }
}
