using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Assets.Features.Files.Distribution;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// Plan versions on the aggregate: a failed vote leaves the version open; the court's ruling after the second failed vote
/// puts it in force (art. 65(2)); a later version is supplementary and never supersedes one in force; once the case has
/// ended a supplementary distribution runs 2 years (art. 123, through the deadline calculator), and nothing else may start.
/// </summary>
public sealed class DistributionPlanTests
{
    private static readonly WorkingCalendar Calendar = new([], [], [2026, 2027, 2028]);
    private static readonly Guid Meeting = Guid.NewGuid();

    private static AssetFile Funded(DateOnly? endedOn = null)
    {
        var file = new AssetFile(Guid.NewGuid());
        file.Apply(new CaseSummaryInfo(file.Id, "(2026)豫0305破9号", "0305", "Liquidation", endedOn is null ? "Distribution" : "Terminated", "王立新", [],
            new CaseKeyDates(new DateOnly(2026, 3, 10), null, endedOn), null, [], 1));
        file.OpenAccount("中国银行洛阳分行", "2466", new DateOnly(2026, 3, 12)).ShouldBe(AssetsOutcome.Done);
        file.AddEntry(new EntryLine(EntryDirection.Receipt, 100_000m, new DateOnly(2026, 3, 20), "某", "收回应收账款"), PaymentApproval.None, null, null, true, false)
            .Outcome.ShouldBe(AssetsOutcome.Done);
        return file;
    }

    private static (AssetsOutcome Outcome, DistributionPlan? Plan) Draft(AssetFile file, DateOnly on)
    {
        var (outcome, input, sales) = file.DistributionInput([new CaseClaimLine(1, "A", "甲公司", "Ordinary", 500_000m, false)], new AssetsSettings());
        outcome.ShouldBe(AssetsOutcome.Done);
        var result = DistributionEngine.Distribute(input! with { CourtFee = 0m, AdministratorFee = 0m });
        return file.DraftPlan(result, sales, PlanJson.Write(result), on, Calendar);
    }

    private static IReadOnlyList<Payout> Payouts(AssetFile file, DistributionPlan plan) => file.PayoutsOf(PlanJson.Read(plan.Arithmetic));

    [Fact]
    public void A_version_failing_twice_and_ruled_by_the_court_is_in_force_and_a_later_one_is_supplementary()
    {
        var file = Funded();
        var (_, plan) = Draft(file, new DateOnly(2026, 5, 15));
        file.RecordVote(1, Meeting, 1, new CaseResolutionInfo("DistributionPlan", "第一次表决", false, new DateOnly(2026, 5, 20), null), Payouts(file, plan!))
            .ShouldBe(AssetsOutcome.Done);
        plan!.Status.ShouldBe(PlanStatus.VoteFailed);
        plan.Payouts.ShouldBeEmpty();
        file.RecordVote(1, Meeting, 1, new CaseResolutionInfo("Ordinary", "核查债权", true, new DateOnly(2026, 5, 20), null), []).ShouldBe(AssetsOutcome.NotADistributionVote);
        file.RecordVote(1, Meeting, 1, new CaseResolutionInfo("DistributionPlan", "草案", null, null, null), []).ShouldBe(AssetsOutcome.NotADistributionVote);
        file.RecordVote(1, Meeting, 1, new CaseResolutionInfo("DistributionPlan", "早于方案", false, new DateOnly(2026, 5, 14), null), []).ShouldBe(AssetsOutcome.BeforeDraft);

        file.RecordVote(1, Meeting, 2, new CaseResolutionInfo("DistributionPlan", "(2026)豫0305破9号之三", false, new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 15)),
            Payouts(file, plan)).ShouldBe(AssetsOutcome.Done);
        (plan.Status, plan.ConfirmedOn, plan.Ruling).ShouldBe((PlanStatus.Ruled, new DateOnly(2026, 6, 15), "(2026)豫0305破9号之三"));
        plan.Payouts.Single().Amount.ShouldBe(100_000m);
        file.Owed.ShouldBe(100_000m);

        var (outcome, later) = Draft(file, new DateOnly(2026, 6, 20));
        outcome.ShouldBe(AssetsOutcome.Done);
        later!.Supplementary.ShouldBeTrue();
        later.Estate.ShouldBe(0m); // everything is owed under the plan in force
        plan.Status.ShouldBe(PlanStatus.Ruled);
        file.ConfirmPlan(2, "某", new DateOnly(2026, 6, 21), []).ShouldBe(AssetsOutcome.PlanNotAdopted);
    }

    [Fact]
    public void After_the_termination_only_a_supplementary_distribution_within_two_years_is_possible()
    {
        Draft(Funded(new DateOnly(2026, 7, 1)), new DateOnly(2026, 7, 2)).Outcome.ShouldBe(AssetsOutcome.CaseEnded);

        var file = Funded(new DateOnly(2026, 7, 1));
        var plan = new DistributionPlan(file.Id, 1, false, new DateOnly(2026, 6, 1), DistributionEngine.Distribute(new DistributionInput(0m, [], [], [], CourtFee: 0m, AdministratorFee: 0m)), [], "{}");
        file.DistributionPlans.Add(plan);
        plan.Voted(Meeting, 1, true, new DateOnly(2026, 6, 10));
        plan.Confirm(false, "某", new DateOnly(2026, 6, 12), []);

        // 2 years from 2026-07-01 is 2028-07-01, a Saturday: the period ends on Monday 2028-07-03.
        Draft(file, new DateOnly(2028, 7, 3)).Outcome.ShouldBe(AssetsOutcome.Done);
        Draft(file, new DateOnly(2028, 7, 4)).Outcome.ShouldBe(AssetsOutcome.SupplementaryPeriodOver);
    }

    [Fact]
    public void A_secured_claim_keeps_its_priority_on_property_not_yet_distributed_and_its_shortfall_waits_for_it()
    {
        var file = Funded(); // 100,000 collected
        file.AdoptPlan(new RealizationPlan(PlanAdoption.CreditorsMeeting, "第一次债权人会议决议", new DateOnly(2026, 4, 1), 1m, 20m, 3, 10m, true)).ShouldBe(AssetsOutcome.Done);
        foreach (var name in new[] { "厂房", "仓库" })
        {
            file.AddAsset(new AssetDetails(AssetKind.RealEstate, name, null, null, 100_000m, new DateOnly(2026, 3, 20), [(EncumbranceRank.MortgageOrPledge, "某银行", 150_000m, 1)]), null, null)
                .Outcome.ShouldBe(AssetsOutcome.Done);
        }

        void Sell(int asset, decimal price, DateOnly on)
        {
            var (outcome, sale) = file.PutUp(asset, SaleMethod.Auction, price, 0m, on.AddDays(-40), on.AddDays(-1), Calendar);
            outcome.ShouldBe(AssetsOutcome.Done);
            file.EndSale(sale!.Number, true, price, "买受人", on).Outcome.ShouldBe(AssetsOutcome.Done);
        }

        CaseClaimLine[] register = [new(1, "B", "某银行", "Secured", 150_000m, false), new(2, "A", "甲公司", "Ordinary", 100_000m, false)];
        DistributionResult Compute()
        {
            var (outcome, input, _) = file.DistributionInput(register, new AssetsSettings());
            outcome.ShouldBe(AssetsOutcome.Done);
            return DistributionEngine.Distribute(input! with { CourtFee = 0m, AdministratorFee = 0m });
        }

        // The plant sold for 60,000: the bank takes it; its 90,000 unpaid is no shortfall while the warehouse is held, so 甲 takes the free 100,000.
        Sell(1, 60_000m, new DateOnly(2026, 5, 12));
        var first = Compute();
        first.Lines.Single(l => l.Number == 1).Paid.ShouldBe(60_000m);
        first.Lines.Single(l => l.Number == 2).Paid.ShouldBe(100_000m);
        var plan = file.DraftPlan(first, [1], PlanJson.Write(first), new DateOnly(2026, 5, 15), Calendar).Plan!;
        file.RecordVote(1, Meeting, 1, new CaseResolutionInfo("DistributionPlan", "表决", true, new DateOnly(2026, 5, 20), null), []).ShouldBe(AssetsOutcome.Done);
        file.ConfirmPlan(1, "某", new DateOnly(2026, 5, 25), Payouts(file, plan)).ShouldBe(AssetsOutcome.Done);

        // The warehouse sold for 50,000 later: still the bank's (secured on it), and now its 40,000 shortfall is ordinary.
        Sell(2, 50_000m, new DateOnly(2026, 7, 1));
        var second = Compute();
        second.Lines.Single(l => l.Number == 1).ShouldSatisfyAllConditions(l => l.Class.ShouldBe(ClaimClass.Secured), l => l.Amount.ShouldBe(90_000m), l => l.Paid.ShouldBe(50_000m));
        second.Tranches.Single(t => t.Kind == TrancheKind.Ordinary).Claimed.ShouldBe(40_000m);
        second.Lines.ShouldNotContain(l => l.Number == 2); // 甲 was paid in full
    }
}
