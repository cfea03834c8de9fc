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
/// before 2006-08-27 (art. 132); <c>BeforeMortgage</c> marks tax that arose before the mortgages (征管法 art. 45, the county switch).
/// </summary>
public sealed record DistributionClaim(
    int Number, string CreditorKey, string Creditor, ClaimClass Class, decimal Amount, bool Disputed = false,
    int Subordination = 0, bool BeforeReform = false, bool BeforeMortgage = false);

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
/// court set), the latter with the provincial adjustment.
/// </summary>
public sealed record DistributionInput(
    decimal Available, IReadOnlyList<DistributionCollateral> Collaterals, IReadOnlyList<DistributionExpense> Expenses,
    IReadOnlyList<DistributionClaim> Claims, bool TaxBeforeMortgage = false, decimal? CourtFee = null, decimal? AdministratorFee = null,
    decimal FeeAdjustmentPercent = 0m);

/// <summary>One step of the order: what was claimed, the money there was, what it took (reserves included), the recovery rate.</summary>
public sealed record Tranche(TrancheKind Kind, string Name, decimal Claimed, decimal MoneyBefore, decimal Allocated, decimal Rate);

/// <summary>A line's result: what it is paid and what is reserved for it (a disputed line), from every tranche together.</summary>
public sealed record LineShare(int Number, string CreditorKey, string Creditor, ClaimClass Class, decimal Amount, decimal Paid, decimal Reserved, bool Disputed);

/// <summary>A creditor's result: its lines summed (what the payout register pays).</summary>
public sealed record CreditorShare(string CreditorKey, string Creditor, decimal Amount, decimal Paid, decimal Reserved);

public sealed record ExpenseShare(string Description, ExpenseKind Kind, decimal Amount, decimal Paid);

/// <summary>
/// The plan's arithmetic and result. Conservation holds to the cent: <c>Paid + Reserved + Remaining = Available</c>,
/// where the paid part includes the expenses; <c>Remaining</c> is what is left once every claim is paid in full.
/// </summary>
public sealed record DistributionResult(
    decimal Available, decimal CollateralProceeds, decimal FreeEstate, FeeCalculation CourtFee, FeeCalculation AdministratorFee,
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

    public static DistributionResult Distribute(DistributionInput input)
    {
        var claims = input.Claims;
        var amount = new long[claims.Count];
        var given = new long[claims.Count];
        var byNumber = new Dictionary<int, int>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            amount[i] = Shares.ToCents(claims[i].Amount);
            byNumber.TryAdd(claims[i].Number, i);
        }

        var tranches = new List<Tranche>();
        var available = Shares.ToCents(input.Available);
        var proceeds = input.Collaterals.Sum(c => Shares.ToCents(c.Proceeds));
        var free = available - proceeds;

        // 1. Each property's proceeds to its charges in rank order (tax that arose before the mortgage ahead of it when the county says so); the rest is free.
        var secured = new HashSet<int>();
        var fromCollateral = new List<(int Line, long Cents)>(); // in payment order, for art. 132
        var beforeMortgage = input.TaxBeforeMortgage
            ? Enumerable.Range(0, claims.Count).Where(i => claims[i].Class == ClaimClass.TaxAndSocialInsurance && claims[i].BeforeMortgage).ToArray()
            : [];
        foreach (var collateral in input.Collaterals)
        {
            var left = Shares.ToCents(collateral.Proceeds);
            var before = left;
            var taxPaid = false;
            foreach (var charge in collateral.Charges)
            {
                if (charge.Mortgage && !taxPaid && beforeMortgage.Length > 0)
                {
                    left -= Pay(left, beforeMortgage, claims, Unpaid(beforeMortgage, amount, given), given);
                    taxPaid = true;
                }

                if (!byNumber.TryGetValue(charge.ClaimNumber, out var line) || claims[line].Class != ClaimClass.Secured)
                {
                    continue;
                }

                secured.Add(line);
                var pay = Math.Min(left, amount[line] - given[line]);
                given[line] += pay;
                left -= pay;
                fromCollateral.Add((line, pay));
            }

            tranches.Add(new Tranche(TrancheKind.Collateral, collateral.Property, Shares.FromCents(collateral.Charges.Sum(c =>
                byNumber.TryGetValue(c.ClaimNumber, out var l) && claims[l].Class == ClaimClass.Secured ? amount[l] : 0)),
                Shares.FromCents(before), Shares.FromCents(before - left), Rate(before - left, before)));
            free += left;
        }

        // 2. Bankruptcy expenses (the court fee and the administrator's fee among them), then common-benefit debts (art. 43).
        var courtFee = input.CourtFee is { } setCourtFee ? Fixed(setCourtFee) : Fees.CourtFee(input.Available);
        var otherExpenses = input.Expenses.Where(e => e.Kind == ExpenseKind.BankruptcyExpense).Sum(e => Shares.ToCents(e.Amount)) + Shares.ToCents(courtFee.Fee);
        var administratorFee = input.AdministratorFee is { } setFee
            ? Fixed(setFee)
            : Fees.AdministratorFeeWithin(Shares.FromCents(free - otherExpenses), input.FeeAdjustmentPercent);
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
        free -= Step(TrancheKind.Employee, free, Lines(claims, ClaimClass.Employee), claims, amount, given, tranches);

        // 4. Art. 132: what class ① left unpaid of the arrears from before 2006-08-27 comes from the collateral ahead of the
        //    secured creditors, taken back from the last-paid charge first.
        var reform = Enumerable.Range(0, claims.Count).Where(i => claims[i].Class == ClaimClass.Employee && claims[i].BeforeReform).ToArray();
        var need = reform.Sum(i => amount[i] - given[i]);
        if (need > 0)
        {
            long taken = 0;
            for (var k = fromCollateral.Count - 1; k >= 0 && taken < need; k--)
            {
                var (line, cents) = fromCollateral[k];
                var take = Math.Min(cents, need - taken);
                given[line] -= take;
                taken += take;
            }

            Step(TrancheKind.PreReformArrears, taken, reform, claims, amount, given, tranches);
        }

        // 5. Class ②, then class ③ with every secured shortfall (art. 110), then subordinated claims in their order.
        free -= Step(TrancheKind.TaxAndSocialInsurance, free, Lines(claims, ClaimClass.TaxAndSocialInsurance), claims, amount, given, tranches);
        var shortfalls = secured.Where(i => given[i] < amount[i]).Order().ToArray();
        var ordinary = Lines(claims, ClaimClass.Ordinary).Concat(shortfalls).ToArray();
        free -= Step(TrancheKind.Ordinary, free, ordinary, claims, amount, given, tranches);
        foreach (var level in claims.Where(c => c.Class == ClaimClass.Subordinated).Select(c => c.Subordination).Distinct().Order())
        {
            var lines = Enumerable.Range(0, claims.Count).Where(i => claims[i].Class == ClaimClass.Subordinated && claims[i].Subordination == level).ToArray();
            free -= Step(TrancheKind.Subordinated, free, lines, claims, amount, given, tranches, name: $"Subordinated{level}");
        }

        return Result(input, claims, amount, given, expenses, expensePaid, tranches, courtFee, administratorFee, proceeds, free);
    }

    private static FeeCalculation Fixed(decimal fee) => new(0m, [], fee, Shares.Cents(fee));

    private static int[] Lines(IReadOnlyList<DistributionClaim> claims, ClaimClass @class) =>
        Enumerable.Range(0, claims.Count).Where(i => claims[i].Class == @class).ToArray();

    /// <summary>Pays <paramref name="lines"/> what they still lack (<paramref name="unpaid"/>, or what the register says) from <paramref name="money"/>; records the tranche; answers what it took.</summary>
    private static long Step(TrancheKind kind, long money, int[] lines, IReadOnlyList<DistributionClaim> claims, long[] amount, long[] given,
        List<Tranche> tranches, long[]? unpaid = null, string? name = null)
    {
        if (lines.Length == 0)
        {
            return 0;
        }

        unpaid ??= Unpaid(lines, amount, given);
        var owed = unpaid.Sum();
        var paid = Pay(money, lines, claims, unpaid, given);
        tranches.Add(new Tranche(kind, name ?? kind.ToString(), Shares.FromCents(owed), Shares.FromCents(money), Shares.FromCents(paid), Rate(paid, owed)));
        return paid;
    }

    private static long[] Unpaid(int[] lines, long[] amount, long[] given)
    {
        var unpaid = new long[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            unpaid[k] = amount[lines[k]] - given[lines[k]];
        }

        return unpaid;
    }

    /// <summary>Pro rata by creditor: each creditor's unpaid lines of the step summed, shared by largest remainder, then its share split over its lines.</summary>
    private static long Pay(long money, int[] lines, IReadOnlyList<DistributionClaim> claims, long[] unpaid, long[] given)
    {
        var creditorOf = new int[lines.Length];
        var creditors = new Dictionary<string, int>(StringComparer.Ordinal);
        var owed = new List<long>();
        for (var k = 0; k < lines.Length; k++)
        {
            var key = claims[lines[k]].CreditorKey;
            if (!creditors.TryGetValue(key, out var c))
            {
                creditors[key] = c = owed.Count;
                owed.Add(0);
            }

            creditorOf[k] = c;
            owed[c] += unpaid[k];
        }

        var shares = Shares.Split(money, owed.ToArray());
        long total = 0;
        if (creditors.Count == lines.Length)
        {
            for (var k = 0; k < lines.Length; k++)
            {
                given[lines[k]] += shares[k];
                total += shares[k];
            }

            return total;
        }

        var members = new List<int>[owed.Count];
        for (var k = 0; k < lines.Length; k++)
        {
            (members[creditorOf[k]] ??= []).Add(k);
        }

        for (var c = 0; c < members.Length; c++)
        {
            var own = members[c];
            var parts = Shares.Split(shares[c], own.Select(k => unpaid[k]).ToArray());
            for (var j = 0; j < own.Count; j++)
            {
                given[lines[own[j]]] += parts[j];
                total += parts[j];
            }
        }

        return total;
    }

    private static decimal Rate(long part, long whole) => whole == 0 ? 1m : decimal.Round((decimal)part / whole, 6, MidpointRounding.AwayFromZero);

    private static DistributionResult Result(DistributionInput input, IReadOnlyList<DistributionClaim> claims, long[] amount, long[] given,
        List<DistributionExpense> expenses, long[] expensePaid, List<Tranche> tranches, FeeCalculation courtFee, FeeCalculation administratorFee,
        long proceeds, long remaining)
    {
        var lines = new LineShare[claims.Count];
        long paid = expensePaid.Sum(), reserved = 0;
        var creditors = new Dictionary<string, (string Name, long Amount, long Paid, long Reserved)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var (p, r) = c.Disputed ? (0L, given[i]) : (given[i], 0L);
            paid += p;
            reserved += r;
            lines[i] = new LineShare(c.Number, c.CreditorKey, c.Creditor, c.Class, Shares.FromCents(amount[i]), Shares.FromCents(p), Shares.FromCents(r), c.Disputed);
            if (!creditors.TryGetValue(c.CreditorKey, out var sum))
            {
                order.Add(c.CreditorKey);
                sum = (c.Creditor, 0, 0, 0);
            }

            creditors[c.CreditorKey] = (sum.Name, sum.Amount + amount[i], sum.Paid + p, sum.Reserved + r);
        }

        return new DistributionResult(input.Available, Shares.FromCents(proceeds), Shares.FromCents(Shares.ToCents(input.Available) - proceeds),
            courtFee, administratorFee,
            [.. expenses.Select((e, i) => new ExpenseShare(e.Description, e.Kind, Shares.Cents(e.Amount), Shares.FromCents(expensePaid[i])))],
            tranches, lines,
            [.. order.Select(k => creditors[k]).Zip(order, (s, k) => new CreditorShare(k, s.Name, Shares.FromCents(s.Amount), Shares.FromCents(s.Paid), Shares.FromCents(s.Reserved)))],
            Shares.FromCents(paid), Shares.FromCents(reserved), Shares.FromCents(remaining));
    }
}
