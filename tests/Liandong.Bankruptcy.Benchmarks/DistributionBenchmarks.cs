using BenchmarkDotNet.Attributes;
using Liandong.Bankruptcy.Assets.Domain.Distribution;

namespace Liandong.Bankruptcy.Benchmarks;

/// <summary>
/// A distribution over 1,000,000 claim lines (issue 20: under 1 s and 500 MB on 2 cores): 200 properties with 5 charges
/// each, the four classes and three subordinated levels, one creditor in four holding two lines, every class short so
/// every step is pro rata by largest remainder; one tax line in a thousand arose before the mortgages. No database: `etc/measure.sh distribution` runs it.
/// </summary>
[MemoryDiagnoser]
public class DistributionBenchmarks
{
    private DistributionInput _input = null!;

    [Params(1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var claims = new List<DistributionClaim>(Claims);
        for (var n = 1; n <= Claims; n++)
        {
            var @class = n <= 1_000 ? ClaimClass.Secured : (ClaimClass)random.Next(1, 5);
            var creditor = $"91410300{(n % 4 == 0 ? n - 1 : n):D10}";
            claims.Add(new DistributionClaim(n, creditor, "债权人", @class, random.Next(100, 100_000_000) / 100m, random.Next(50) == 0,
                random.Next(1, 4), @class == ClaimClass.Employee && random.Next(10) == 0, random.Next(1_000) == 0));
        }

        var collaterals = Enumerable.Range(0, 200).Select(p => new DistributionCollateral($"P{p}", random.Next(1_000_000, 500_000_000) / 100m,
            [.. Enumerable.Range(1 + p * 5, 5).Select(c => new DistributionCharge(c, c % 5 == 0))])).ToList();
        _input = new DistributionInput(collaterals.Sum(c => c.Proceeds) + 2_000_000_000m, collaterals,
            [new DistributionExpense("评估费", ExpenseKind.BankruptcyExpense, 300_000m), new DistributionExpense("继续营业", ExpenseKind.CommonBenefit, 5_000_000m)],
            claims, TaxBeforeMortgage: true);
    }

    [Benchmark]
    public DistributionResult Distribute() => DistributionEngine.Distribute(_input);
}
