using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// Realization under the plan, on the aggregate alone: the plan's own limits refuse, the SPC online judicial auction
/// defaults (2016) warn — each default at its boundary, computed by hand (notice days counted from the day after the
/// announcement; the 30-day re-auction period moved past a holiday by the deadline calculator).
/// </summary>
public sealed class RealizationRulesTests
{
    // 2026: Labour Day 05-01..05-05 off, 05-09 (Sat) a make-up working day.
    private static readonly WorkingCalendar Calendar = new(
        Enumerable.Range(1, 5).Select(d => new DateOnly(2026, 5, d)), [new DateOnly(2026, 5, 9)], [2026]);

    internal static AssetFile Accepted(DateOnly? acceptedOn = null)
    {
        var file = new AssetFile(Guid.NewGuid());
        file.Apply(new CaseSummaryInfo(file.Id, "(2026)豫0305破1号", "0305", "Liquidation", "Liquidation", "王立新", [new CaseDebtorInfo(Guid.NewGuid(), "洛阳某某机械有限公司", "91410300MA0000001X")],
            new CaseKeyDates(acceptedOn ?? new DateOnly(2026, 3, 10), null, null), null, [], 1));
        return file;
    }

    private static RealizationPlan Plan(decimal first = 70m, decimal cut = 20m, int rounds = 3, decimal deposit = 10m, bool fixedPrice = true) =>
        new(PlanAdoption.CreditorsMeeting, "第一次债权人会议决议", new DateOnly(2026, 4, 1), first, cut, rounds, deposit, fixedPrice);

    /// <summary>A file with the plan adopted and asset 1 (equipment, a movable, appraised at 1,000,000.00) or a building.</summary>
    private static AssetFile WithAsset(RealizationPlan? plan = null, AssetKind kind = AssetKind.Equipment, decimal? appraisal = 1_000_000m)
    {
        var file = Accepted();
        file.AdoptPlan(plan ?? Plan()).ShouldBe(AssetsOutcome.Done);
        file.AddAsset(new AssetDetails(kind, "数控机床", "洛阳市涧西区", null, appraisal, appraisal is null ? null : new DateOnly(2026, 3, 20), []), null, null)
            .Outcome.ShouldBe(AssetsOutcome.Done);
        return file;
    }

    private static (AssetsOutcome Outcome, Sale? Sale) Auction(AssetFile file, decimal price, decimal deposit, string announced, string starts) =>
        file.PutUp(1, SaleMethod.Auction, price, deposit, DateOnly.Parse(announced, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture), Calendar);

    [Theory]
    [InlineData(70, 20, 5, new string[0])]
    [InlineData(69.99, 20, 5, new[] { "assets.warn.plan_first_price" })]
    [InlineData(70, 20.01, 20, new[] { "assets.warn.plan_cut" })]
    [InlineData(70, 10, 4.99, new[] { "assets.warn.plan_deposit" })]
    [InlineData(80, 10, 20.01, new[] { "assets.warn.plan_deposit" })]
    public void A_plan_departing_from_the_SPC_defaults_is_adopted_with_warnings(decimal first, decimal cut, decimal deposit, string[] warnings) =>
        SaleRules.Of(Plan(first, cut, 3, deposit)).ShouldBe(warnings);

    [Theory]
    [InlineData(700_000, 100_000, "2026-04-01", "2026-04-16", new string[0])]                            // 70 %, 15 days for a movable, deposit 14.29 %
    [InlineData(699_999.99, 100_000, "2026-04-01", "2026-04-16", new[] { "assets.warn.first_price" })]   // under 70 % (the plan allows 60 %)
    [InlineData(700_000, 100_000, "2026-04-01", "2026-04-15", new[] { "assets.warn.notice" })]           // 14 days
    [InlineData(700_000, 34_999.99, "2026-04-01", "2026-04-16", new[] { "assets.warn.deposit" })]        // under 5 %
    [InlineData(700_000, 35_000, "2026-04-01", "2026-04-16", new string[0])]                             // 5 % exactly
    [InlineData(700_000, 140_000.01, "2026-04-01", "2026-04-16", new[] { "assets.warn.deposit" })]       // over 20 %
    public void The_first_auction_of_a_movable_warns_on_each_default_at_its_boundary(decimal price, decimal deposit, string announced, string starts, string[] warnings)
    {
        var file = WithAsset(Plan(first: 60m));
        var (outcome, sale) = Auction(file, price, deposit, announced, starts);
        outcome.ShouldBe(AssetsOutcome.Done);
        sale!.Warnings.ShouldBe(warnings);
        sale.Round.ShouldBe(1);
    }

    [Theory]
    [InlineData(AssetKind.RealEstate, "2026-05-01", true)]  // 30 days for real estate: 04-01 → 05-01 is 30
    [InlineData(AssetKind.RealEstate, "2026-04-30", false)]
    [InlineData(AssetKind.Equity, "2026-04-30", false)]      // other property rights as real estate
    [InlineData(AssetKind.IntellectualProperty, "2026-05-01", true)]
    [InlineData(AssetKind.Vehicle, "2026-04-16", true)]      // movables 15
    public void The_notice_period_depends_on_the_kind(AssetKind kind, string starts, bool enough)
    {
        var file = WithAsset(kind: kind);
        var (_, sale) = Auction(file, 800_000m, 80_000m, "2026-04-01", starts);
        sale!.Warnings.Contains(SaleRules.Notice).ShouldBe(!enough);
    }

    [Theory]
    [InlineData(AssetKind.Equipment, "2026-04-27", true)]   // re-auction of a movable: 7 days (04-20 → 04-27)
    [InlineData(AssetKind.Equipment, "2026-04-26", false)]
    [InlineData(AssetKind.RealEstate, "2026-05-05", true)]  // re-auction of real estate: 15 days
    [InlineData(AssetKind.RealEstate, "2026-05-04", false)]
    public void A_re_auction_needs_the_shorter_notice_of_its_kind(AssetKind kind, string starts, bool enough)
    {
        var file = WithAsset(kind: kind);
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-16");
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 17));
        var (_, second) = Auction(file, 700_000m, 70_000m, "2026-04-20", starts);
        second!.Warnings.Contains(SaleRules.Notice).ShouldBe(!enough);
    }

    [Fact]
    public void An_asset_without_an_appraisal_warns_that_the_starting_price_cannot_be_checked()
    {
        var file = WithAsset(appraisal: null);
        Auction(file, 500_000m, 50_000m, "2026-04-01", "2026-04-20").Sale!.Warnings.ShouldBe([SaleRules.NoAppraisal]);
    }

    [Fact]
    public void The_plan_binds_the_price_the_rounds_and_the_fixed_price_sale()
    {
        var file = WithAsset(Plan(first: 80m, cut: 10m, rounds: 2, fixedPrice: false));
        Auction(file, 799_999.99m, 80_000m, "2026-04-01", "2026-04-16").Outcome.ShouldBe(AssetsOutcome.BelowPlanPrice);
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-16");
        Auction(file, 800_000m, 80_000m, "2026-04-02", "2026-04-17").Outcome.ShouldBe(AssetsOutcome.SalePending);
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 17)).Outcome.ShouldBe(AssetsOutcome.Done);

        // The second round may be cut by 10 % at most: 720,000.00.
        Auction(file, 719_999.99m, 72_000m, "2026-04-20", "2026-04-28").Outcome.ShouldBe(AssetsOutcome.BelowPlanPrice);
        var (_, second) = Auction(file, 720_000m, 72_000m, "2026-04-20", "2026-04-28");
        second!.Round.ShouldBe(2);
        second.Warnings.ShouldBeEmpty(); // a re-auction of a movable needs 7 days' notice
        file.EndSale(second.Number, false, null, null, new DateOnly(2026, 4, 29));

        Auction(file, 700_000m, 70_000m, "2026-05-06", "2026-05-14").Outcome.ShouldBe(AssetsOutcome.RoundsUsed);
        file.PutUp(1, SaleMethod.FixedPrice, 600_000m, 0m, new DateOnly(2026, 5, 6), new DateOnly(2026, 5, 6), Calendar).Outcome.ShouldBe(AssetsOutcome.FixedPriceNotAllowed);
    }

    [Theory]
    [InlineData("2026-05-20", false)] // failed 04-20 (a Monday): the 30 days end 05-20, a Wednesday
    [InlineData("2026-05-21", true)]
    public void A_re_auction_is_put_up_within_30_days_of_the_failed_round(string announced, bool late)
    {
        var file = WithAsset();
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-16");
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 20));
        var (_, second) = Auction(file, 640_000m, 64_000m, announced, "2026-06-01");
        second!.Warnings.Contains(SaleRules.ReauctionLate).ShouldBe(late);
        second.Warnings.Contains(SaleRules.Cut).ShouldBeFalse(); // 640,000 is exactly 80 % of 800,000
    }

    [Fact]
    public void The_re_auction_period_ending_in_a_holiday_runs_to_the_next_working_day()
    {
        var file = WithAsset();
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-02");
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 2)); // + 30 days = 05-02, in the Labour Day holiday → 05-06
        Auction(file, 700_000m, 70_000m, "2026-05-06", "2026-05-14").Sale!.Warnings.ShouldNotContain(SaleRules.ReauctionLate);

        var late = WithAsset();
        late.EndSale(Auction(late, 800_000m, 80_000m, "2026-04-01", "2026-04-02").Sale!.Number, false, null, null, new DateOnly(2026, 4, 2));
        Auction(late, 700_000m, 70_000m, "2026-05-07", "2026-05-15").Sale!.Warnings.ShouldContain(SaleRules.ReauctionLate);
    }

    [Fact]
    public void A_cut_of_more_than_20_percent_warns_when_the_plan_allows_it()
    {
        var file = WithAsset(Plan(cut: 30m));
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-16");
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 17));
        Auction(file, 639_999.99m, 64_000m, "2026-04-20", "2026-04-28").Sale!.Warnings.ShouldBe([SaleRules.Cut]);
    }

    [Fact]
    public void A_fixed_price_sale_after_one_failed_auction_warns()
    {
        var file = WithAsset();
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-16");
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 17));
        file.PutUp(1, SaleMethod.FixedPrice, 600_000m, 0m, new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 20), Calendar).Sale!.Warnings.ShouldBe([SaleRules.FixedPriceEarly]);
        file.PutUp(1, SaleMethod.Auction, 700_000m, 70_000m, new DateOnly(2026, 4, 22), new DateOnly(2026, 4, 30), Calendar).Outcome.ShouldBe(AssetsOutcome.SalePending);
        file.EndSale(2, false, null, null, new DateOnly(2026, 4, 21));
        file.PutUp(1, SaleMethod.Auction, 700_000m, 70_000m, new DateOnly(2026, 4, 22), new DateOnly(2026, 4, 30), Calendar).Outcome.ShouldBe(AssetsOutcome.FixedPriceStarted);
    }

    [Fact]
    public void Two_failed_auctions_then_a_fixed_price_sale_realizes_the_asset_and_books_its_price()
    {
        var file = WithAsset();
        file.OpenAccount("中国银行洛阳分行", "2466 0000 1234", new DateOnly(2026, 3, 12)).ShouldBe(AssetsOutcome.Done);
        var (_, first) = Auction(file, 800_000m, 80_000m, "2026-04-01", "2026-04-16");
        file.EndSale(first!.Number, false, null, null, new DateOnly(2026, 4, 17));
        var (_, second) = Auction(file, 640_000m, 64_000m, "2026-04-20", "2026-04-28");
        second!.Warnings.ShouldBeEmpty();
        file.EndSale(second.Number, false, null, null, new DateOnly(2026, 4, 29));

        var (_, sale) = file.PutUp(1, SaleMethod.FixedPrice, 512_000m, 0m, new DateOnly(2026, 5, 6), new DateOnly(2026, 5, 6), Calendar);
        sale!.Warnings.ShouldBeEmpty();
        sale.Round.ShouldBe(2); // follows the second round
        file.EndSale(3, true, 511_999.99m, "某某公司", new DateOnly(2026, 5, 7)).Outcome.ShouldBe(AssetsOutcome.BelowStartingPrice);
        file.EndSale(3, true, 512_000m, "洛阳某某贸易有限公司", new DateOnly(2026, 5, 7)).Outcome.ShouldBe(AssetsOutcome.Done);

        file.Asset(1)!.Status.ShouldBe(AssetStatus.Realized);
        file.Entries.Single().ShouldSatisfyAllConditions(
            e => e.Amount.ShouldBe(512_000m), e => e.Source.ShouldBe(EntrySource.Sale), e => e.SourceNumber.ShouldBe(3), e => e.Counterparty.ShouldBe("洛阳某某贸易有限公司"));
        file.Balance.ShouldBe(512_000m);
        file.PutUp(1, SaleMethod.FixedPrice, 1m, 0m, new DateOnly(2026, 5, 8), new DateOnly(2026, 5, 8), Calendar).Outcome.ShouldBe(AssetsOutcome.NotHeld);
    }

    [Fact]
    public void Nothing_is_sold_before_a_plan_while_seized_or_while_a_retrieval_claim_is_open()
    {
        var file = Accepted();
        file.AddAsset(new AssetDetails(AssetKind.RealEstate, "厂房", null, null, 2_000_000m, new DateOnly(2026, 3, 20), []), null, null);
        file.PutUp(1, SaleMethod.Auction, 1_400_000m, 140_000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Calendar).Outcome.ShouldBe(AssetsOutcome.NoPlan);
        file.AdoptPlan(Plan()).ShouldBe(AssetsOutcome.Done);
        file.PutUp(1, SaleMethod.Auction, 1_400_000m, 140_000m, new DateOnly(2026, 3, 31), new DateOnly(2026, 5, 1), Calendar).Outcome.ShouldBe(AssetsOutcome.BeforePlan);

        file.AddSeizure(1, "洛阳市西工区人民法院", null, "(2025)豫0303执100号", new DateOnly(2025, 6, 1)).Outcome.ShouldBe(AssetsOutcome.Done);
        file.PutUp(1, SaleMethod.Auction, 1_400_000m, 140_000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Calendar).Outcome.ShouldBe(AssetsOutcome.Seized);
        file.Lift(1, new DateOnly(2026, 3, 25), null).Outcome.ShouldBe(AssetsOutcome.Done);

        file.ClaimRetrieval(1, "某某租赁公司", "融资租赁合同", new DateOnly(2026, 3, 26)).ShouldBe(AssetsOutcome.Done);
        file.PutUp(1, SaleMethod.Auction, 1_400_000m, 140_000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Calendar).Outcome.ShouldBe(AssetsOutcome.RetrievalPending);
        file.DecideRetrieval(1, false, new DateOnly(2026, 3, 28)).ShouldBe(AssetsOutcome.Done);
        file.PutUp(1, SaleMethod.Auction, 1_400_000m, 140_000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Calendar).Outcome.ShouldBe(AssetsOutcome.Done);
    }
}
