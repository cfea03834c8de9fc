using Liandong.Bankruptcy.Assets.Domain.Distribution;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// The distribution engine: worked examples computed by hand from the order of arts. 43, 109–113, 132 (and the county's
/// tax-before-mortgage switch), then properties over random registers: conservation, no step paid before those above
/// are full, every creditor within a cent of its exact pro rata share, every step summing to the cent.
/// </summary>
public sealed class DistributionEngineTests
{
    private static DistributionClaim Claim(int number, string creditor, ClaimClass @class, decimal amount, bool disputed = false, int subordination = 0,
        bool beforeReform = false, bool beforeMortgage = false) =>
        new(number, creditor, creditor, @class, amount, disputed, subordination, beforeReform, beforeMortgage);

    private static LineShare Line(DistributionResult result, int number) => result.Lines.Single(l => l.Number == number);

    private static void Conserves(DistributionResult result) =>
        (result.Paid + result.Reserved + result.Remaining).ShouldBe(result.Available);

    [Fact]
    public void Collateral_pays_its_charges_in_rank_order_and_the_shortfall_shares_class_three_by_largest_remainder()
    {
        // 1,000,000.00 in the account, 600,000.00 of it from the plant: home buyer 100,000, then the bank's mortgage 800,000.
        var result = DistributionEngine.Distribute(new DistributionInput(1_000_000m,
            [new DistributionCollateral("厂房", 600_000m, [new(1, false), new(2, true)])],
            [new DistributionExpense("评估费", ExpenseKind.BankruptcyExpense, 15_000m), new DistributionExpense("继续营业工资", ExpenseKind.CommonBenefit, 60_000m)],
            [
                Claim(1, "购房人甲", ClaimClass.Secured, 100_000m), Claim(2, "某银行", ClaimClass.Secured, 800_000m),
                Claim(3, "职工A", ClaimClass.Employee, 50_000m), Claim(4, "职工B", ClaimClass.Employee, 30_000m),
                Claim(5, "税务局", ClaimClass.TaxAndSocialInsurance, 40_000m),
                Claim(6, "供应商X", ClaimClass.Ordinary, 300_000m), Claim(7, "供应商Y", ClaimClass.Ordinary, 100_000m),
                Claim(8, "罚款", ClaimClass.Subordinated, 10_000m, subordination: 2),
            ], CourtFee: 5_000m, AdministratorFee: 20_000m));

        // Free estate 400,000: expenses 40,000 → 360,000; common benefit 60,000 → 300,000; ① 80,000 → 220,000; ② 40,000 → 180,000;
        // ③ 700,000 (300,000 + 100,000 + the bank's 300,000 shortfall): 180,000 × 3/7 = 77,142.857… twice, × 1/7 = 25,714.285…;
        // floors 179,999.98, the two cents to the largest remainders (.714 each, the earlier first: X, then the bank).
        result.FreeEstate.ShouldBe(400_000m);
        Line(result, 1).Paid.ShouldBe(100_000m);
        Line(result, 2).Paid.ShouldBe(500_000m + 77_142.86m);
        Line(result, 3).Paid.ShouldBe(50_000m);
        Line(result, 5).Paid.ShouldBe(40_000m);
        Line(result, 6).Paid.ShouldBe(77_142.86m);
        Line(result, 7).Paid.ShouldBe(25_714.28m);
        Line(result, 8).Paid.ShouldBe(0m);
        result.Tranches.Single(t => t.Kind == TrancheKind.Ordinary).ShouldSatisfyAllConditions(
            t => t.Claimed.ShouldBe(700_000m), t => t.MoneyBefore.ShouldBe(180_000m), t => t.Allocated.ShouldBe(180_000m), t => t.Rate.ShouldBe(0.257143m));
        result.Remaining.ShouldBe(0m);
        Conserves(result);
    }

    [Fact]
    public void Expenses_not_covered_are_paid_pro_rata_and_nothing_reaches_common_benefit_debts_or_claims()
    {
        // Art. 43: 50,000 for 60,000 of expenses: 5/6 each; court fee 8,333.333…, fee 25,000, appraisal 16,666.666…; the cent to the appraisal.
        var result = DistributionEngine.Distribute(new DistributionInput(50_000m, [],
            [new DistributionExpense("评估费", ExpenseKind.BankruptcyExpense, 20_000m), new DistributionExpense("水电", ExpenseKind.CommonBenefit, 10_000m)],
            [Claim(1, "职工A", ClaimClass.Employee, 5_000m)], CourtFee: 10_000m, AdministratorFee: 30_000m));

        result.Expenses.Select(e => e.Paid).ShouldBe([8_333.33m, 25_000m, 16_666.67m, 0m]);
        Line(result, 1).Paid.ShouldBe(0m);
        result.Tranches.Single(t => t.Kind == TrancheKind.BankruptcyExpenses).Rate.ShouldBe(0.833333m);
        Conserves(result);
    }

    [Fact]
    public void Arrears_from_before_2006_take_from_the_collateral_only_what_class_one_left_unpaid()
    {
        // Free 50,000 for ① 100,000: A (arrears from 2005) 40,000, B 10,000. A's 40,000 unpaid comes from the mortgaged plant's
        // 100,000 ahead of the bank, which keeps 60,000 and claims its 140,000 shortfall as ordinary (nothing left for it).
        var result = DistributionEngine.Distribute(new DistributionInput(150_000m,
            [new DistributionCollateral("厂房", 100_000m, [new(1, true)])], [],
            [Claim(1, "某银行", ClaimClass.Secured, 200_000m), Claim(2, "职工A", ClaimClass.Employee, 80_000m, beforeReform: true), Claim(3, "职工B", ClaimClass.Employee, 20_000m)],
            CourtFee: 0m, AdministratorFee: 0m));

        Line(result, 2).Paid.ShouldBe(80_000m);
        Line(result, 3).Paid.ShouldBe(10_000m);
        Line(result, 1).Paid.ShouldBe(60_000m);
        result.Tranches.Single(t => t.Kind == TrancheKind.PreReformArrears).Allocated.ShouldBe(40_000m);
        result.Tranches.Single(t => t.Kind == TrancheKind.Ordinary).Claimed.ShouldBe(140_000m);
        Conserves(result);
    }

    [Theory]
    [InlineData(true, 30_000, 50_000, 20_000)]
    [InlineData(false, 30_000, 0, 70_000)]
    public void The_county_switch_puts_tax_that_arose_before_the_mortgage_ahead_of_it_and_never_ahead_of_earlier_ranks(
        bool taxBeforeMortgage, int construction, int taxFromCollateral, int bank)
    {
        var result = DistributionEngine.Distribute(new DistributionInput(100_000m,
            [new DistributionCollateral("厂房", 100_000m, [new(1, false), new(2, true)])], [],
            [Claim(1, "建筑公司", ClaimClass.Secured, 30_000m), Claim(2, "某银行", ClaimClass.Secured, 100_000m),
             Claim(3, "税务局", ClaimClass.TaxAndSocialInsurance, 50_000m, beforeMortgage: true)],
            TaxBeforeMortgage: taxBeforeMortgage, CourtFee: 0m, AdministratorFee: 0m));

        Line(result, 1).Paid.ShouldBe(construction);
        Line(result, 3).Paid.ShouldBe(taxFromCollateral);
        Line(result, 2).Paid.ShouldBe(bank);
        Conserves(result);
    }

    [Fact]
    public void A_creditor_with_several_lines_takes_one_share_and_the_cents_still_sum()
    {
        // 2 cents over A (two lines of 1.00), B and C (1.00 each): per creditor A 1 cent, B and C ½ each: the cent left to B.
        // Line by line the two cents would both go to A's lines.
        var result = DistributionEngine.Distribute(new DistributionInput(0.02m, [], [],
            [Claim(1, "A", ClaimClass.Ordinary, 1m), Claim(2, "A", ClaimClass.Ordinary, 1m), Claim(3, "B", ClaimClass.Ordinary, 1m), Claim(4, "C", ClaimClass.Ordinary, 1m)],
            CourtFee: 0m, AdministratorFee: 0m));

        result.Creditors.Select(c => (c.CreditorKey, c.Paid)).ShouldBe([("A", 0.01m), ("B", 0.01m), ("C", 0m)]);
        (Line(result, 1).Paid + Line(result, 2).Paid).ShouldBe(0.01m);
        Conserves(result);
    }

    [Fact]
    public void A_disputed_claims_share_is_reserved_and_subordinated_claims_wait_for_each_level_above()
    {
        // Ordinary 100,000 (of it 40,000 disputed) paid in full from 130,000; 30,000 left for punitive damages 20,000
        // (level 1, in full), then 10,000 for 40,000 of administrative fines (level 2); criminal fines (level 3) nothing.
        var result = DistributionEngine.Distribute(new DistributionInput(130_000m, [], [],
            [Claim(1, "X", ClaimClass.Ordinary, 60_000m), Claim(2, "Y", ClaimClass.Ordinary, 40_000m, disputed: true),
             Claim(3, "惩罚性赔偿", ClaimClass.Subordinated, 20_000m, subordination: 1), Claim(4, "行政罚款", ClaimClass.Subordinated, 40_000m, subordination: 2),
             Claim(5, "刑事罚金", ClaimClass.Subordinated, 5_000m, subordination: 3)],
            CourtFee: 0m, AdministratorFee: 0m));

        Line(result, 2).ShouldSatisfyAllConditions(l => l.Paid.ShouldBe(0m), l => l.Reserved.ShouldBe(40_000m));
        Line(result, 3).Paid.ShouldBe(20_000m);
        Line(result, 4).Paid.ShouldBe(10_000m);
        Line(result, 5).Paid.ShouldBe(0m);
        result.Reserved.ShouldBe(40_000m);
        Conserves(result);
    }

    [Fact]
    public void The_fees_are_computed_when_not_set_and_the_administrators_base_excludes_collateral_and_the_fee_itself()
    {
        // 1,200,000 in the account, 100,000 of it from a charged property; court fee on the whole 1,200,000:
        // (50 + 2,250 + 2,000 + 4,500 + 5,000 + 200,000 × 0.9 % = 1,800) ÷ 2 = 7,800. What remains for creditors: 1,100,000 − 7,800 =
        // 1,092,200 less the fee; in the first band fee = 12 % × 1,092,200 ÷ 1.12 = 117,021.428… → 117,021.43, on a base of
        // 975,178.57 (within the band's 1,000,000, so the band is the right one).
        var result = DistributionEngine.Distribute(new DistributionInput(1_200_000m,
            [new DistributionCollateral("车辆", 100_000m, [new(1, true)])], [],
            [Claim(1, "某银行", ClaimClass.Secured, 100_000m), Claim(2, "X", ClaimClass.Ordinary, 5_000_000m)]));

        result.CourtFee.Fee.ShouldBe(7_800m);
        result.AdministratorFee.Fee.ShouldBe(117_021.43m);
        result.AdministratorFee.Base.ShouldBe(975_178.57m);
        Line(result, 2).Paid.ShouldBe(1_100_000m - 7_800m - 117_021.43m);
        Conserves(result);
    }

    [Fact]
    public void Random_registers_conserve_pay_in_order_and_share_pro_rata_within_a_cent()
    {
        var random = new Random(20261205);
        for (var run = 0; run < 300; run++)
        {
            var claims = new List<DistributionClaim>();
            var lines = random.Next(1, 60);
            for (var n = 1; n <= lines; n++)
            {
                var @class = (ClaimClass)random.Next(0, 5);
                claims.Add(new DistributionClaim(n, $"C{random.Next(0, lines / 2 + 1)}", "债权人", @class, random.Next(1, 10_000_000) / 100m,
                    random.Next(10) == 0, random.Next(1, 4), @class == ClaimClass.Employee && random.Next(3) == 0, random.Next(2) == 0));
            }

            var secured = claims.Where(c => c.Class == ClaimClass.Secured).ToList();
            var collaterals = Enumerable.Range(0, random.Next(0, 4)).Select(p => new DistributionCollateral($"P{p}", random.Next(0, 5_000_000) / 100m,
                [.. secured.Where(_ => random.Next(2) == 0).Select(c => new DistributionCharge(c.Number, random.Next(2) == 0))])).ToList();
            var available = collaterals.Sum(c => c.Proceeds) + random.Next(0, 20_000_000) / 100m;
            var expenses = Enumerable.Range(0, random.Next(0, 4)).Select(e => new DistributionExpense($"E{e}", (ExpenseKind)random.Next(2), random.Next(1, 3_000_000) / 100m)).ToList();
            var result = DistributionEngine.Distribute(new DistributionInput(available, collaterals, expenses, claims, random.Next(2) == 0,
                FeeAdjustmentPercent: random.Next(-30, 31)));

            Conserves(result);
            result.Lines.ShouldAllBe(l => l.Paid + l.Reserved <= l.Amount && l.Paid >= 0 && l.Reserved >= 0);
            (result.Lines.Sum(l => l.Paid) + result.Expenses.Sum(e => e.Paid)).ShouldBe(result.Paid);
            result.Creditors.Sum(c => c.Paid + c.Reserved).ShouldBe(result.Lines.Sum(l => l.Paid + l.Reserved));

            var steps = result.Tranches.Where(t => t.Kind is not (TrancheKind.Collateral or TrancheKind.PreReformArrears)).ToList();
            for (var s = 0; s < steps.Count; s++)
            {
                steps[s].Allocated.ShouldBe(Math.Min(steps[s].Claimed, steps[s].MoneyBefore));
                if (steps[s].Allocated < steps[s].Claimed)
                {
                    steps.Skip(s + 1).ShouldAllBe(later => later.Allocated == 0m);
                }
            }

            if (result.Remaining > 0)
            {
                result.Lines.Where(l => l.Class != ClaimClass.Secured).ShouldAllBe(l => l.Paid + l.Reserved == l.Amount);
            }

            // Class ③ is pro rata by creditor: each creditor within a cent of money × its unpaid ÷ the class's unpaid.
            var ordinary = result.Tranches.SingleOrDefault(t => t.Kind == TrancheKind.Ordinary);
            if (ordinary is { Allocated: > 0 } && ordinary.Allocated < ordinary.Claimed && result.Lines.All(l => l.Class != ClaimClass.Secured))
            {
                foreach (var creditor in result.Lines.Where(l => l.Class == ClaimClass.Ordinary).GroupBy(l => l.CreditorKey))
                {
                    var exact = ordinary.Allocated * creditor.Sum(l => l.Amount) / ordinary.Claimed;
                    Math.Abs(creditor.Sum(l => l.Paid + l.Reserved) - exact).ShouldBeLessThan(0.01m);
                }
            }
        }
    }

    [Fact]
    public void A_later_distribution_continues_both_fee_scales_instead_of_starting_them_again()
    {
        // The first plan counted an estate of 1,000,000 (court fee 6,900) and 900,000 left for creditors before the fee (fee 12 % × 900,000 ÷ 1.12 =
        // 96,428.57). 500,000 more: court fee on 1,500,000 = (13,800 + 0.9 % × 500,000) ÷ 2 = 9,150, less 6,900 = 2,250; the fee on 900,000 + 497,750:
        // (120,000 + 10 % × 397,750) ÷ 1.1 = 145,250 (base 1,252,500, in the second band), less 96,428.57 = 48,821.43.
        var result = DistributionEngine.Distribute(new DistributionInput(500_000m, [], [], [Claim(1, "X", ClaimClass.Ordinary, 10_000_000m)],
            Prior: new DistributionPrior(1_000_000m, 6_900m, 900_000m, 96_428.57m)));

        result.CourtFee.Fee.ShouldBe(2_250m);
        result.Distributable.ShouldBe(497_750m);
        result.AdministratorFee.Fee.ShouldBe(48_821.43m);
        Line(result, 1).Paid.ShouldBe(500_000m - 2_250m - 48_821.43m);
        Conserves(result);
    }
}
