namespace Liandong.Bankruptcy.Assets.Domain.Distribution;

/// <summary>
/// Pro rata shares to the cent (domain.md, "Distribution order"): each share is the exact quotient rounded down to the
/// cent, and the cents left over go one each to the largest remainders (ties to the earlier), so the shares sum to the
/// money exactly. Whole cents are counted in <see cref="Int128"/>, so no quotient is ever approximated.
/// </summary>
public static class Shares
{
    /// <summary>Money to the cent, half away from zero.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Splits <paramref name="money"/> over <paramref name="claims"/> (each ≥ 0, in cents): in full when it covers
    /// them, else pro rata by largest remainder. The result never exceeds a claim and sums to min(money, Σ claims).
    /// </summary>
    public static long[] Split(long money, ReadOnlySpan<long> claims)
    {
        var shares = new long[claims.Length];
        Int128 total = 0;
        foreach (var claim in claims)
        {
            total += claim;
        }

        if (money <= 0 || total == 0)
        {
            return shares;
        }

        if (money >= total)
        {
            claims.CopyTo(shares);
            return shares;
        }

        var remainders = new long[claims.Length];
        long given = 0;
        for (var i = 0; i < claims.Length; i++)
        {
            var product = (Int128)money * claims[i];
            shares[i] = (long)(product / total);
            remainders[i] = (long)(product % total); // < total ≤ Σ claims, which fits a long
            given += shares[i];
        }

        var left = money - given; // fewer cents than there are claims
        if (left > 0)
        {
            var order = new int[claims.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => remainders[b] != remainders[a] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
            for (var k = 0; k < left; k++)
            {
                shares[order[k]]++;
            }
        }

        return shares;
    }

    public static long ToCents(decimal amount) => (long)(Cents(amount) * 100m);

    public static decimal FromCents(long cents) => cents / 100m;
}
