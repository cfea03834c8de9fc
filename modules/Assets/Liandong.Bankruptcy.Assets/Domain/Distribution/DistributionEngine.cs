using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Liandong.Bankruptcy.Assets.Domain.Distribution;

/// <summary>A line's place in the order (the Cases register's <c>PriorityClass</c>; a secured creditor that waived priority is ordinary).</summary>
public enum ClaimClass
{
    Secured,
    Employee,              // class ① (art. 113(1))
    TaxAndSocialInsurance, // class ② (art. 113(2))
    Ordinary,              // class ③, and every secured shortfall (art. 110)
    Subordinated,          // after ordinary claims, in their order (SPC 2018 minutes art. 28)
}

public enum ExpenseKind
{
    BankruptcyExpense, // art. 41
    CommonBenefit,     // art. 42
}

/// <summary>Where a tranche of money went: a property's charges, or a step of the order after them.</summary>
public enum TrancheKind
{
    Collateral,
    BankruptcyExpenses,
    CommonBenefitDebts,
    Employee,
    PreReformArrears, // art. 132: employee arrears from before 2006-08-27, from the collateral, for what class ① left unpaid
    TaxAndSocialInsurance,
    Ordinary,
    Subordinated,
}

/// <summary>
/// A line of the claims register as the distribution takes it: its counted amount (the confirmed amount; for a
/// disputed line, the declared one, whose share is reserved, art. 119). <c>Subordination</c> orders subordinated lines
/// (1 punitive damages, 2 administrative fines, 3 criminal fines); <c>BeforeReform</c> marks employee arrears owed
/// before 2006-08-27 (art. 132); <c>BeforeMortgage</c> marks tax that arose before the mortgages (征管法 art. 45, the county switch);
/// <c>CollateralPending</c> a secured line still charged on property not yet realized, whose shortfall is not known yet (art. 110).
/// </summary>
public sealed record DistributionClaim(
    int Number, string CreditorKey, string Creditor, ClaimClass Class, decimal Amount, bool Disputed = false,
    int Subordination = 0, bool BeforeReform = false, bool BeforeMortgage = false, bool CollateralPending = false);

/// <summary>A charge on a property: the secured claim's number, and whether it is the mortgage or pledge (tax may rank ahead of it).</summary>
public sealed record DistributionCharge(int ClaimNumber, bool Mortgage);

/// <summary>A realized property: what it brought, and its charges in rank order.</summary>
public sealed record DistributionCollateral(string Property, decimal Proceeds, IReadOnlyList<DistributionCharge> Charges);

/// <summary>An unpaid bankruptcy expense or common-benefit debt.</summary>
public sealed record DistributionExpense(string Description, ExpenseKind Kind, decimal Amount);

/// <summary>
/// What a distribution starts from: the money in the administrator's account (<c>Available</c>, collateral proceeds
/// included), the realized collateral, the unpaid expenses and common-benefit debts, and the claims register. The
/// court fee and the administrator's fee are computed unless given (<c>CourtFee</c>, <c>AdministratorFee</c>: what the
/// court set), the latter with the provincial adjustment. A later distribution (art. 123, or a further one during the
/// case) gives what the earlier ones counted (<c>Prior</c>), so both fees continue their scales rather than start again.
/// </summary>
public sealed record DistributionInput(
    decimal Available, IReadOnlyList<DistributionCollateral> Collaterals, IReadOnlyList<DistributionExpense> Expenses,
    IReadOnlyList<DistributionClaim> Claims, bool TaxBeforeMortgage = false, decimal? CourtFee = null, decimal? AdministratorFee = null,
    decimal FeeAdjustmentPercent = 0m, DistributionPrior? Prior = null);

/// <summary>What earlier distributions of the case counted: the estate, the court fee, what was left for creditors before the administrator's fee, that fee.</summary>
public sealed record DistributionPrior(decimal Estate, decimal CourtFee, decimal Distributable, decimal AdministratorFee);

/// <summary>One step of the order: what was claimed, the money there was, what it took (reserves included), the recovery rate.</summary>
public sealed record Tranche(TrancheKind Kind, string Name, decimal Claimed, decimal MoneyBefore, decimal Allocated, decimal Rate);

/// <summary>A line's result: what it is paid and what is reserved for it (a disputed line), from every tranche together.</summary>
public readonly record struct LineShare(int Number, string CreditorKey, string Creditor, ClaimClass Class, decimal Amount, decimal Paid, decimal Reserved, bool Disputed);

/// <summary>A creditor's result: its lines summed (what the payout register pays).</summary>
public readonly record struct CreditorShare(string CreditorKey, string Creditor, decimal Amount, decimal Paid, decimal Reserved);

public sealed record ExpenseShare(string Description, ExpenseKind Kind, decimal Amount, decimal Paid);

/// <summary>
/// The plan's arithmetic and result. Conservation holds to the cent: <c>Paid + Reserved + Remaining = Available</c>,
/// where the paid part includes the expenses; <c>Remaining</c> is what is left once every claim is paid in full.
/// </summary>
public sealed record DistributionResult(
    decimal Available, decimal CollateralProceeds, decimal FreeEstate, FeeCalculation CourtFee, decimal Distributable, FeeCalculation AdministratorFee,
    IReadOnlyList<ExpenseShare> Expenses, IReadOnlyList<Tranche> Tranches, IReadOnlyList<LineShare> Lines, IReadOnlyList<CreditorShare> Creditors,
    decimal Paid, decimal Reserved, decimal Remaining);

/// <summary>
/// The distribution order (domain.md "Distribution order"; EBL arts. 41–43, 109–113, 118–119, 132): a pure function of
/// the account's money and the claims register. Every share within a step is pro rata by creditor (a creditor's lines
/// in the step summed), by largest remainder, then split over its lines the same way; so each step and the whole plan
/// sum to the cent.
/// </summary>
public static class DistributionEngine
{
    public const string CourtFeeDescription = "court_fee";
    public const string AdministratorFeeDescription = "administrator_fee";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per plan over up to millions of lines: no tier-0 pass
    public static DistributionResult Distribute(DistributionInput input)
    {
        var ledger = new Ledger(input.Claims, input.Collaterals.SelectMany(c => c.Charges).Select(c => c.ClaimNumber));
        var claims = input.Claims;
        var tranches = new List<Tranche>();
        var available = Shares.ToCents(input.Available);
        var proceeds = input.Collaterals.Sum(c => Shares.ToCents(c.Proceeds));
        var free = available - proceeds;

        // 1. Each property's proceeds to its charges in rank order (tax that arose before the mortgage ahead of it when the county says so); the rest is free.
        var secured = new HashSet<int>();
        var fromCollateral = new List<(int Line, long Cents)>(); // in payment order, for art. 132
        var beforeMortgage = input.TaxBeforeMortgage
            ? [.. ledger.Of(ClaimClass.TaxAndSocialInsurance).Where(i => claims[i].BeforeMortgage)]
            : Array.Empty<int>();
        foreach (var collateral in input.Collaterals)
        {
            var left = Shares.ToCents(collateral.Proceeds);
            var before = left;
            var taxPaid = false;
            long claimed = 0;
            foreach (var charge in collateral.Charges)
            {
                if (charge.Mortgage && !taxPaid && beforeMortgage.Length > 0)
                {
                    left -= ledger.Pay(left, beforeMortgage, ledger.Unpaid(beforeMortgage));
                    taxPaid = true;
                }

                if (ledger.Line(charge.ClaimNumber) is not { } line || claims[line].Class != ClaimClass.Secured)
                {
                    continue;
                }

                secured.Add(line);
                claimed += ledger.Amount[line];
                var pay = Math.Min(left, ledger.Amount[line] - ledger.Given[line]);
                ledger.Given[line] += pay;
                left -= pay;
                fromCollateral.Add((line, pay));
            }

            tranches.Add(new Tranche(TrancheKind.Collateral, collateral.Property, Shares.FromCents(claimed), Shares.FromCents(before),
                Shares.FromCents(before - left), Rate(before - left, before)));
            free += left;
        }

        // 2. Bankruptcy expenses (the court fee and the administrator's fee among them), then common-benefit debts (art. 43).
        var prior = input.Prior ?? new DistributionPrior(0m, 0m, 0m, 0m);
        var courtFee = input.CourtFee is { } setCourtFee ? Fixed(setCourtFee) : Less(Fees.CourtFee(prior.Estate + input.Available), prior.CourtFee);
        var otherExpenses = input.Expenses.Where(e => e.Kind == ExpenseKind.BankruptcyExpense).Sum(e => Shares.ToCents(e.Amount)) + Shares.ToCents(courtFee.Fee);
        var distributable = Shares.FromCents(free - otherExpenses);
        var administratorFee = input.AdministratorFee is { } setFee
            ? Fixed(setFee)
            : Less(Fees.AdministratorFeeWithin(prior.Distributable + distributable, input.FeeAdjustmentPercent), prior.AdministratorFee);
        List<DistributionExpense> expenses =
        [
            new(CourtFeeDescription, ExpenseKind.BankruptcyExpense, courtFee.Fee),
            new(AdministratorFeeDescription, ExpenseKind.BankruptcyExpense, administratorFee.Fee),
            .. input.Expenses,
        ];
        var expensePaid = new long[expenses.Count];
        foreach (var kind in new[] { ExpenseKind.BankruptcyExpense, ExpenseKind.CommonBenefit })
        {
            var lines = Enumerable.Range(0, expenses.Count).Where(i => expenses[i].Kind == kind).ToArray();
            var owed = lines.Select(i => Shares.ToCents(expenses[i].Amount)).ToArray();
            var paid = Shares.Split(free, owed);
            for (var k = 0; k < lines.Length; k++)
            {
                expensePaid[lines[k]] = paid[k];
            }

            var total = paid.Sum();
            tranches.Add(new Tranche(kind == ExpenseKind.BankruptcyExpense ? TrancheKind.BankruptcyExpenses : TrancheKind.CommonBenefitDebts, kind.ToString(),
                Shares.FromCents(owed.Sum()), Shares.FromCents(free), Shares.FromCents(total), Rate(total, owed.Sum())));
            free -= total;
        }

        // 3. Class ①.
        free -= Step(TrancheKind.Employee, free, ledger.Of(ClaimClass.Employee), ledger, tranches);

        // 4. Art. 132: what class ① left unpaid of the arrears from before 2006-08-27 comes from the collateral ahead of the
        //    secured creditors, taken back from the last-paid charge first.
        int[] reform = [.. ledger.Of(ClaimClass.Employee).Where(i => claims[i].BeforeReform)];
        var need = ledger.Unpaid(reform).Sum();
        if (need > 0)
        {
            long taken = 0;
            for (var k = fromCollateral.Count - 1; k >= 0 && taken < need; k--)
            {
                var (line, cents) = fromCollateral[k];
                var take = Math.Min(cents, need - taken);
                ledger.Given[line] -= take;
                taken += take;
            }

            Step(TrancheKind.PreReformArrears, taken, reform, ledger, tranches);
        }

        // 5. Class ②, then class ③ with every secured shortfall (art. 110), then subordinated claims in their order.
        free -= Step(TrancheKind.TaxAndSocialInsurance, free, ledger.Of(ClaimClass.TaxAndSocialInsurance), ledger, tranches);
        var shortfalls = secured.Where(i => ledger.Given[i] < ledger.Amount[i] && !claims[i].CollateralPending).Order();
        int[] ordinary = [.. ledger.Of(ClaimClass.Ordinary), .. shortfalls];
        free -= Step(TrancheKind.Ordinary, free, ordinary, ledger, tranches);
        foreach (var (level, lines) in ledger.Subordinated())
        {
            free -= Step(TrancheKind.Subordinated, free, lines, ledger, tranches, name: $"Subordinated{level}");
        }

        return Result(input, ledger, expenses, expensePaid, tranches, courtFee, distributable, administratorFee, proceeds, free);
    }

    private static FeeCalculation Fixed(decimal fee) => new(0m, [], fee, Shares.Cents(fee));

    /// <summary>The fee on the scale continued: the whole case's fee less what earlier distributions charged.</summary>
    private static FeeCalculation Less(FeeCalculation whole, decimal charged) => whole with { Fee = Math.Max(0m, whole.Fee - charged) };

    /// <summary>Pays <paramref name="lines"/> what they still lack from <paramref name="money"/>; records the tranche; answers what it took.</summary>
    private static long Step(TrancheKind kind, long money, int[] lines, Ledger ledger, List<Tranche> tranches, string? name = null)
    {
        if (lines.Length == 0)
        {
            return 0;
        }

        var unpaid = ledger.Unpaid(lines);
        var owed = unpaid.Sum();
        var paid = ledger.Pay(money, lines, unpaid);
        tranches.Add(new Tranche(kind, name ?? kind.ToString(), Shares.FromCents(owed), Shares.FromCents(money), Shares.FromCents(paid), Rate(paid, owed)));
        return paid;
    }

    private static decimal Rate(long part, long whole) => whole == 0 ? 1m : decimal.Round((decimal)part / whole, 6, MidpointRounding.AwayFromZero);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per plan over up to millions of lines: no tier-0 pass
    private static DistributionResult Result(DistributionInput input, Ledger ledger, List<DistributionExpense> expenses, long[] expensePaid,
        List<Tranche> tranches, FeeCalculation courtFee, decimal distributable, FeeCalculation administratorFee, long proceeds, long remaining)
    {
        var claims = input.Claims;
        var lines = new LineShare[claims.Count];
        long paid = expensePaid.Sum(), reserved = 0;
        var creditors = ledger.Creditors;
        var sums = new (long Amount, long Paid, long Reserved)[creditors.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var given = ledger.Given[i];
            var (p, r) = c.Disputed ? (0L, given) : (given, 0L);
            paid += p;
            reserved += r;
            lines[i] = new LineShare(c.Number, c.CreditorKey, c.Creditor, c.Class, Shares.FromCents(ledger.Amount[i]), Shares.FromCents(p), Shares.FromCents(r), c.Disputed);
            ref var sum = ref sums[ledger.CreditorOf[i]];
            sum = (sum.Amount + ledger.Amount[i], sum.Paid + p, sum.Reserved + r);
        }

        return new DistributionResult(input.Available, Shares.FromCents(proceeds), Shares.FromCents(Shares.ToCents(input.Available) - proceeds),
            courtFee, distributable, administratorFee,
            [.. expenses.Select((e, i) => new ExpenseShare(e.Description, e.Kind, Shares.Cents(e.Amount), Shares.FromCents(expensePaid[i])))],
            tranches, lines,
            CreditorShares(claims, creditors, sums),
            Shares.FromCents(paid), Shares.FromCents(reserved), Shares.FromCents(remaining));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per plan over up to millions of lines: no tier-0 pass
    private static CreditorShare[] CreditorShares(IReadOnlyList<DistributionClaim> claims, List<int> creditors, (long Amount, long Paid, long Reserved)[] sums)
    {
        var shares = new CreditorShare[creditors.Count];
        for (var k = 0; k < shares.Length; k++)
        {
            var first = claims[creditors[k]];
            shares[k] = new CreditorShare(first.CreditorKey, first.Creditor, Shares.FromCents(sums[k].Amount), Shares.FromCents(sums[k].Paid), Shares.FromCents(sums[k].Reserved));
        }

        return shares;
    }

    /// <summary>
    /// The register in cents with what each line has been given so far, and each line's creditor as a number (first line
    /// of the creditor first), so a step groups lines by creditor without hashing a key again.
    /// </summary>
    private sealed class Ledger
    {
        private readonly IReadOnlyList<DistributionClaim> _claims;
        private readonly Dictionary<int, int> _byNumber; // the charged claim numbers only
        private const int ClassCount = (int)ClaimClass.Subordinated + 1;
        private readonly int[] _slot; // a creditor's place in the step being paid, or -1
        private readonly int[][] _byClass;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Ledger(IReadOnlyList<DistributionClaim> claims, IEnumerable<int> charged)
        {
            _claims = claims;
            Amount = new long[claims.Count];
            Given = new long[claims.Count];
            CreditorOf = new int[claims.Count];
            _byNumber = charged.Distinct().ToDictionary(n => n, _ => -1);
            var creditors = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
            for (var i = 0; i < claims.Count; i++)
            {
                Amount[i] = Shares.ToCents(claims[i].Amount);
                if (_byNumber.TryGetValue(claims[i].Number, out var seen) && seen < 0)
                {
                    _byNumber[claims[i].Number] = i;
                }

                ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(creditors, claims[i].CreditorKey, out var known);
                if (!known)
                {
                    c = Creditors.Count;
                    Creditors.Add(i);
                }

                CreditorOf[i] = c;
            }

            var counts = new int[ClassCount];
            for (var i = 0; i < claims.Count; i++)
            {
                counts[(int)claims[i].Class]++;
            }

            _byClass = [.. counts.Select(n => new int[n])];
            Array.Clear(counts);
            for (var i = 0; i < claims.Count; i++)
            {
                var @class = (int)claims[i].Class;
                _byClass[@class][counts[@class]++] = i;
            }

            _slot = new int[Creditors.Count];
            Array.Fill(_slot, -1);
        }

        public long[] Amount { get; }

        public long[] Given { get; }

        public int[] CreditorOf { get; }

        /// <summary>Each creditor's first line.</summary>
        public List<int> Creditors { get; } = [];

        /// <summary>The line of a charged claim number (the first line so numbered), or null when the register has none.</summary>
        public int? Line(int number) => _byNumber.TryGetValue(number, out var line) && line >= 0 ? line : null;

        /// <summary>The lines of a class, in register order.</summary>
        public int[] Of(ClaimClass @class) => _byClass[(int)@class];

        /// <summary>The subordinated lines by their level, the lowest level first.</summary>
        public IEnumerable<(int Level, int[] Lines)> Subordinated() =>
            Of(ClaimClass.Subordinated).GroupBy(i => _claims[i].Subordination).OrderBy(g => g.Key).Select(g => (g.Key, g.ToArray()));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long[] Unpaid(int[] lines)
        {
            var unpaid = new long[lines.Length];
            for (var k = 0; k < lines.Length; k++)
            {
                unpaid[k] = Amount[lines[k]] - Given[lines[k]];
            }

            return unpaid;
        }

        /// <summary>Pro rata by creditor: each creditor's <paramref name="unpaid"/> lines summed, shared by largest remainder, then its share split over its lines.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long Pay(long money, int[] lines, long[] unpaid)
        {
            var lineSlot = new int[lines.Length];
            var slots = 0;
            for (var k = 0; k < lines.Length; k++)
            {
                var c = CreditorOf[lines[k]];
                if (_slot[c] < 0)
                {
                    _slot[c] = slots++;
                }

                lineSlot[k] = _slot[c];
            }

            var owedArray = new long[slots];
            for (var k = 0; k < lines.Length; k++)
            {
                owedArray[lineSlot[k]] += unpaid[k];
                _slot[CreditorOf[lines[k]]] = -1;
            }

            var shares = Shares.Split(money, owedArray);
            long total = 0;
            if (owedArray.Length == lines.Length)
            {
                for (var k = 0; k < lines.Length; k++)
                {
                    Given[lines[k]] += shares[k];
                    total += shares[k];
                }

                return total;
            }

            // The lines grouped by creditor (counting sort), each creditor's share split over its own.
            var start = new int[owedArray.Length + 1];
            foreach (var s in lineSlot)
            {
                start[s + 1]++;
            }

            for (var s = 0; s < owedArray.Length; s++)
            {
                start[s + 1] += start[s];
            }

            var fill = (int[])start.Clone();
            var grouped = new int[lines.Length];
            for (var k = 0; k < lines.Length; k++)
            {
                grouped[fill[lineSlot[k]]++] = k;
            }

            for (var s = 0; s < owedArray.Length; s++)
            {
                var own = grouped.AsSpan(start[s], start[s + 1] - start[s]);
                if (shares[s] == owedArray[s] || own.Length == 1)
                {
                    foreach (var k in own)
                    {
                        var part = own.Length == 1 ? shares[s] : unpaid[k];
                        Given[lines[k]] += part;
                        total += part;
                    }

                    continue;
                }

                var claimsOf = new long[own.Length];
                for (var j = 0; j < own.Length; j++)
                {
                    claimsOf[j] = unpaid[own[j]];
                }

                var parts = Shares.Split(shares[s], claimsOf);
                for (var j = 0; j < own.Length; j++)
                {
                    Given[lines[own[j]]] += parts[j];
                    total += parts[j];
                }
            }

            return total;
        }
    }
}
