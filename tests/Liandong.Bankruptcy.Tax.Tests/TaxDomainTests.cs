using Liandong.Bankruptcy.Tax.Domain;

namespace Liandong.Bankruptcy.Tax.Tests;

/// <summary>The late fee and the classes, against examples computed by hand from the statute.</summary>
public sealed class TaxDomainTests
{
    // 0.05 % a day from the day after the due date through the acceptance date, inclusive; none after acceptance;
    // rounded half away from zero to the cent. Each row: unpaid, due date, acceptance, days, fee (by hand).
    public static TheoryData<decimal, string, string, int, decimal> Fees => new()
    {
        { 100_000.00m, "2024-02-15", "2024-03-15", 29, 1_450.00m },      // Feb 16–29 of a leap year (14) + Mar 1–15 (15)
        { 100_000.00m, "2023-02-15", "2023-03-15", 28, 1_400.00m },      // the same dates a year earlier: Feb has 28 days
        { 20_000.00m, "2023-12-31", "2024-12-31", 366, 3_660.00m },      // across the whole of leap year 2024
        { 50_000.00m, "2026-03-09", "2026-03-10", 1, 25.00m },           // due the day before: the acceptance day itself counts
        { 50_000.00m, "2026-03-10", "2026-03-10", 0, 0.00m },            // due on the acceptance date: no fee
        { 50_000.00m, "2026-04-15", "2026-03-10", 0, 0.00m },            // due after acceptance: no fee (Interpretation III art. 3)
        { 1.00m, "2026-01-01", "2026-01-11", 10, 0.01m },                // 0.005 exactly: half away from zero (banker's would give 0.00)
        { 333.33m, "2026-01-01", "2026-01-04", 3, 0.50m },               // 0.499995 → 0.50
        { 12_345.67m, "2026-01-01", "2026-01-02", 1, 6.17m },            // 6.172835 → 6.17
        { 12_345.67m, "2025-12-31", "2026-01-31", 31, 191.36m },         // 191.357885 → 191.36
    };

    [Theory]
    [MemberData(nameof(Fees))]
    public void The_late_fee_counts_from_the_day_after_the_due_date_through_the_acceptance_and_rounds_half_away_from_zero(
        decimal unpaid, string due, string accepted, int days, decimal fee)
    {
        var computed = LateFee.Compute(unpaid, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(accepted, System.Globalization.CultureInfo.InvariantCulture));
        computed.Days.ShouldBe(days);
        computed.Amount.ShouldBe(fee);
        if (days > 0)
        {
            computed.From.ShouldBe(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture).AddDays(1));
            computed.Arithmetic.ShouldEndWith($"× {days} = {fee.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    [Fact]
    public void A_tax_line_is_principal_in_class_two_late_fee_ordinary_and_penalty_subordinated()
    {
        var line = Line(TaxLineKind.Tax, 100_000m, 0m, 5_000m, "2026-02-15", TaxClaimClass.Ordinary, TaxClaimClass.Subordinated);
        var parts = line.Parts().ToDictionary(p => p.Part);
        parts[TaxLinePart.Principal].ShouldBe(new TaxClaimPart(TaxLinePart.Principal, TaxClaimClass.TaxAndSocialInsurance, false, 100_000m, null));
        parts[TaxLinePart.LateFee].ShouldBe(new TaxClaimPart(TaxLinePart.LateFee, TaxClaimClass.Ordinary, false, 1_150m, null)); // 23 days: Feb 16–28, Mar 1–10
        parts[TaxLinePart.Penalty].ShouldBe(new TaxClaimPart(TaxLinePart.Penalty, TaxClaimClass.Subordinated, false, 5_000m, null));
        parts.ContainsKey(TaxLinePart.PersonalAccount).ShouldBeFalse();
        parts[TaxLinePart.Principal].VotingClass.ShouldBe("Tax");
        parts[TaxLinePart.LateFee].VotingClass.ShouldBe("Ordinary");
    }

    [Fact]
    public void Social_insurance_splits_the_personal_accounts_into_class_one_and_the_rest_into_class_two_its_fees_in_the_countys_classes()
    {
        var line = Line(TaxLineKind.SocialInsurance, 30_000m, 9_600m, 2_000m, "2026-03-01", TaxClaimClass.TaxAndSocialInsurance, TaxClaimClass.Ordinary);
        var parts = line.Parts().ToDictionary(p => p.Part);
        parts[TaxLinePart.PersonalAccount].ShouldBe(new TaxClaimPart(TaxLinePart.PersonalAccount, TaxClaimClass.Employee, false, 9_600m, null));
        parts[TaxLinePart.Principal].ShouldBe(new TaxClaimPart(TaxLinePart.Principal, TaxClaimClass.TaxAndSocialInsurance, true, 20_400m, null)); // art. 83: no vote
        parts[TaxLinePart.LateFee].Class.ShouldBe(TaxClaimClass.TaxAndSocialInsurance); // the county's setting when declared
        parts[TaxLinePart.LateFee].Declared.ShouldBe(135.00m); // 30,000 × 0.05 % × 9 days (Mar 2–10)
        parts[TaxLinePart.Penalty].Class.ShouldBe(TaxClaimClass.Ordinary);
        parts[TaxLinePart.PersonalAccount].VotingClass.ShouldBe("Employee");
    }

    [Fact]
    public void An_adjustment_above_what_was_declared_or_moving_money_out_of_the_personal_accounts_is_refused()
    {
        var line = Line(TaxLineKind.SocialInsurance, 30_000m, 9_600m, 0m, "2026-03-01", TaxClaimClass.Ordinary, TaxClaimClass.Subordinated);
        var on = new DateOnly(2026, 5, 1);
        line.ReviewAs(TaxLineReview.Adjusted, new TaxPartAmounts(31_000m, 9_600m, 135m, 0m), "多报", on).ShouldBe(TaxReviewOutcome.AdjustmentOutOfRange);
        line.ReviewAs(TaxLineReview.Adjusted, new TaxPartAmounts(30_000m, 5_000m, 135m, 0m), "改列", on).ShouldBe(TaxReviewOutcome.AdjustmentOutOfRange); // class ② would grow
        line.ReviewAs(TaxLineReview.Adjusted, new TaxPartAmounts(30_000m, 9_600m, 135m, 0m), "未改", on).ShouldBe(TaxReviewOutcome.AdjustmentOutOfRange);
        line.ReviewAs(TaxLineReview.Rejected, null, " ", on).ShouldBe(TaxReviewOutcome.ReasonRequired);
        line.Review.ShouldBe(TaxLineReview.Pending);
        line.ReviewAs(TaxLineReview.Adjusted, new TaxPartAmounts(25_000m, 9_600m, 100m, 0m), "部分已缴", on).ShouldBe(TaxReviewOutcome.Done);
        line.Confirmed.ShouldBe(25_100m);
        line.Parts().Single(p => p.Part == TaxLinePart.Principal).Confirmed.ShouldBe(15_400m);
    }

    private static TaxClaimLine Line(TaxLineKind kind, decimal principal, decimal personal, decimal penalty, string due, TaxClaimClass lateFees, TaxClaimClass fines) =>
        new(Guid.NewGuid(), 1, 1, new TaxLineDeclaration(kind, "增值税", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31),
                DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), principal, personal, penalty, penalty > 0 ? "洛税罚〔2026〕1号" : null),
            new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 1), false, lateFees, fines);
}
