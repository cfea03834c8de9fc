using Liandong.Bankruptcy.Assets.Domain.Distribution;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// The fees by hand: the administrator's marginal caps at every boundary (SPC 2007 art. 2), the provincial ±30 %, the
/// fee solved together with its base; the court fee at half the property-case scale and its ¥300,000 cap.
/// </summary>
public sealed class FeesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1_000_000, 120_000)]          // 12 %
    [InlineData(1_000_000.01, 120_000)]       // + 10 % of a cent
    [InlineData(5_000_000, 520_000)]          // + 10 % × 4M
    [InlineData(10_000_000, 920_000)]         // + 8 % × 5M
    [InlineData(50_000_000, 3_320_000)]       // + 6 % × 40M
    [InlineData(100_000_000, 4_820_000)]      // + 3 % × 50M
    [InlineData(500_000_000, 8_820_000)]      // + 1 % × 400M
    [InlineData(600_000_000, 9_320_000)]      // + 0.5 % × 100M
    [InlineData(1_234_567.89, 143_456.79)]    // 120,000 + 23,456.789 → half away from zero
    public void The_administrators_fee_is_marginal_at_every_boundary(decimal @base, decimal fee) =>
        Fees.AdministratorFee(@base).Fee.ShouldBe(fee);

    [Theory]
    [InlineData(30, 156_000)]
    [InlineData(-30, 84_000)]
    public void The_provincial_setting_moves_every_cap(decimal percent, decimal fee) =>
        Fees.AdministratorFee(1_000_000m, percent).Fee.ShouldBe(fee);

    [Theory]
    [InlineData(1_120_000, 120_000)]          // the base lands exactly on 1,000,000
    [InlineData(1_000_000, 107_142.86)]       // 12 % ÷ 1.12
    [InlineData(5_520_000, 520_000)]          // (120,000 + 10 % × 4,520,000) ÷ 1.1, base exactly 5,000,000
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    public void The_fee_is_solved_with_its_base(decimal distributable, decimal fee)
    {
        var calculation = Fees.AdministratorFeeWithin(distributable);
        calculation.Fee.ShouldBe(fee);
        calculation.Base.ShouldBe(Math.Max(0, distributable - fee));
    }

    [Fact]
    public void The_solved_fee_is_within_a_cent_of_the_scale_on_what_remains_everywhere()
    {
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var distributable = random.NextInt64(1, 80_000_000_000) / 100m;
            var percent = random.Next(-30, 31);
            var fee = Fees.AdministratorFeeWithin(distributable, percent).Fee;
            Math.Abs(Fees.AdministratorFee(distributable - fee, percent).Fee - fee).ShouldBeLessThanOrEqualTo(0.01m);
        }
    }

    [Theory]
    [InlineData(5_000, 25)]                   // ¥50 a case, halved
    [InlineData(10_000, 25)]
    [InlineData(100_000, 1_150)]              // (50 + 2.5 % × 90,000) ÷ 2
    [InlineData(1_000_000, 6_900)]            // (50 + 2,250 + 2,000 + 4,500 + 5,000) ÷ 2
    [InlineData(20_000_000, 70_900)]          // 141,800 ÷ 2
    [InlineData(111_640_000, 300_000)]        // 141,800 + 0.5 % × 91,640,000 = 600,000 → exactly the cap
    [InlineData(111_639_000, 299_997.50)]     // (141,800 + 458,195) ÷ 2
    [InlineData(500_000_000, 300_000)]
    public void The_court_fee_is_half_the_property_scale_capped(decimal estate, decimal fee) =>
        Fees.CourtFee(estate).Fee.ShouldBe(fee);
}
