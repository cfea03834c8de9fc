using System.Runtime.CompilerServices;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // over up to millions of claims, rarely: no tier-0 pass
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
            // The largest remainders first; among equal remainders the earlier claim first.
            var keys = new long[claims.Length];
            var order = new int[claims.Length];
            for (var i = 0; i < order.Length; i++)
            {
                (keys[i], order[i]) = (-remainders[i], i);
            }

            Array.Sort(keys, order);
            var last = order.Length;
            for (var k = 0; k < left; k++)
            {
                if (k == 0 || keys[k] != keys[k - 1])
                {
                    var end = k;
                    while (end < last && keys[end] == keys[k])
                    {
                        end++;
                    }

                    Array.Sort(order, k, end - k);
                }

                shares[order[k]]++;
            }
        }

        return shares;
    }

    public static long ToCents(decimal amount) => (long)((amount.Scale <= 2 ? amount : Cents(amount)) * 100m);

    /// <summary>Cents as yuan, built directly (scale 2) rather than divided.</summary>
    public static decimal FromCents(long cents)
    {
        var magnitude = cents < 0 ? (ulong)-cents : (ulong)cents;
        return new decimal((int)magnitude, (int)(magnitude >> 32), 0, cents < 0, 2);
    }
}
