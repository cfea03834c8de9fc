using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Assets.Domain;

public enum PlanAdoption
{
    CreditorsMeeting, // adopted by the creditors' meeting (art. 61(1)(8))
    CourtRuling,      // ruled by the court when the meeting did not adopt it (art. 65)
}

/// <summary>
/// The realization plan as adopted (arts. 61(1)(8), 65, 111–112): the first starting price as a share of the appraisal,
/// the largest cut from one auction round to the next, how many auction rounds, the deposit, and whether what fails
/// them all may be sold at a fixed price (变卖). Percentages to two decimals.
/// </summary>
internal sealed record RealizationPlan(
    PlanAdoption AdoptedBy, string Basis, DateOnly AdoptedOn, decimal FirstPricePercent, decimal CutPercent, int AuctionRounds, decimal DepositPercent,
    bool FixedPriceSale);

public enum SaleMethod
{
    Auction,    // 网络司法拍卖
    FixedPrice, // 变卖
}

public enum SaleOutcome
{
    Pending,
    Sold,
    Failed, // 流拍
}

/// <summary>One auction round or fixed-price sale of one asset under the realization plan, and how it ended.</summary>
internal sealed class Sale : Entity, ITenantOwned
{
    public const int MaxText = 200;

    private Sale()
    {
    }

    public Sale(Guid caseId, int number, int assetNumber, int round, SaleMethod method, decimal startingPrice, decimal deposit, DateOnly announcedOn, DateOnly startsOn) =>
        (CaseId, Number, AssetNumber, Round, Method, StartingPrice, Deposit, AnnouncedOn, StartsOn) =
        (caseId, number, assetNumber, round, method, startingPrice, deposit, announcedOn, startsOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public int AssetNumber { get; private set; }

    /// <summary>The auction round (1, 2 …) of this asset; a fixed-price sale follows the last.</summary>
    public int Round { get; private set; }

    public SaleMethod Method { get; private set; }

    public decimal StartingPrice { get; private set; }

    public decimal Deposit { get; private set; }

    public DateOnly AnnouncedOn { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public SaleOutcome Outcome { get; private set; }

    public decimal? Price { get; private set; }

    public string? Buyer { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>Where it departs from the SPC defaults (codes of <see cref="SaleRules"/>), as computed when it was put up.</summary>
    public List<string> Warnings { get; private set; } = [];

    public void End(bool sold, decimal? price, string? buyer, DateOnly on) =>
        (Outcome, Price, Buyer, EndedOn) = (sold ? SaleOutcome.Sold : SaleOutcome.Failed, sold ? price : null, sold ? buyer : null, on);

    public void Warn(IEnumerable<string> warnings) => Warnings = [.. warnings];
}

/// <summary>
/// The SPC's defaults for online judicial auctions (2016; domain.md, "Assets"), shown as warnings where a plan or a sale
/// departs from them, never as refusals: the creditors' meeting may decide otherwise. Every comparison is exact.
/// </summary>
internal static class SaleRules
{
    public const decimal FirstPriceFloorPercent = 70m; // 起拍价不得低于评估价或者市价的百分之七十 (art. 10)
    public const decimal MaxCutPercent = 20m;          // 再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十 (art. 26)
    public const decimal MinDepositPercent = 5m;       // 保证金数额在起拍价的百分之五至百分之二十范围内确定 (art. 17)
    public const decimal MaxDepositPercent = 20m;      // (art. 17)
    public const int ReauctionWithinDays = 30;         // 流拍后应当在三十日内再次拍卖 (art. 26)

    /// <summary>Notice days before the auction (arts. 12, 26): movables 15 (re-auction 7), real estate and other property rights 30 (re-auction 15).</summary>
    public static int NoticeDays(bool movable, bool reauction) => (movable, reauction) switch
    {
        (true, false) => 15,
        (true, true) => 7,
        (false, false) => 30,
        (false, true) => 15,
    };

    public const string PlanFirstPrice = "assets.warn.plan_first_price";
    public const string PlanCut = "assets.warn.plan_cut";
    public const string PlanDeposit = "assets.warn.plan_deposit";
    public const string FirstPrice = "assets.warn.first_price";
    public const string NoAppraisal = "assets.warn.no_appraisal";
    public const string Cut = "assets.warn.cut";
    public const string Deposit = "assets.warn.deposit";
    public const string Notice = "assets.warn.notice";
    public const string ReauctionLate = "assets.warn.reauction_late";
    public const string FixedPriceEarly = "assets.warn.fixed_price_early";

    /// <summary>Where the plan itself departs from the defaults.</summary>
    public static IEnumerable<string> Of(RealizationPlan plan)
    {
        if (plan.FirstPricePercent < FirstPriceFloorPercent)
        {
            yield return PlanFirstPrice;
        }

        if (plan.CutPercent > MaxCutPercent)
        {
            yield return PlanCut;
        }

        if (plan.DepositPercent is < MinDepositPercent or > MaxDepositPercent)
        {
            yield return PlanDeposit;
        }
    }

    /// <summary>
    /// Where a sale departs from the defaults: the first starting price under 70 % of the appraisal (or no appraisal to
    /// compare with), a cut of more than 20 % from the previous round, a deposit outside 5–20 % of the starting price, a
    /// notice shorter than its kind's (calendar days between announcement and start, the announcement's day not counted),
    /// a re-auction put up later than 30 days after the failed round (the deadline calculator's period, moved past a
    /// holiday), a fixed-price sale before two auctions failed.
    /// </summary>
    public static IEnumerable<string> Of(Asset asset, Sale sale, Sale? previous, int failedAuctions, WorkingCalendar calendar)
    {
        if (sale.Method == SaleMethod.FixedPrice)
        {
            if (failedAuctions < 2)
            {
                yield return FixedPriceEarly;
            }

            yield break;
        }

        if (previous is null)
        {
            if (asset.AppraisedValue is not { } appraisal)
            {
                yield return NoAppraisal;
            }
            else if (sale.StartingPrice * 100m < appraisal * FirstPriceFloorPercent)
            {
                yield return FirstPrice;
            }
        }
        else
        {
            if (sale.StartingPrice * 100m < previous.StartingPrice * (100m - MaxCutPercent))
            {
                yield return Cut;
            }

            if (previous.EndedOn is { } failedOn && sale.AnnouncedOn > DeadlineCalculator.Compute(failedOn, Period.Days(ReauctionWithinDays), calendar).Date)
            {
                yield return ReauctionLate;
            }
        }

        if (sale.Deposit * 100m < sale.StartingPrice * MinDepositPercent || sale.Deposit * 100m > sale.StartingPrice * MaxDepositPercent)
        {
            yield return Deposit;
        }

        if (DeadlineCalculator.DaysCounted(sale.AnnouncedOn, sale.StartsOn) < NoticeDays(asset.IsMovable, previous is not null))
        {
            yield return Notice;
        }
    }
}
