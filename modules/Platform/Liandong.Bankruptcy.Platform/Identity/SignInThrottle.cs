using System.Threading.RateLimiting;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>
/// Sign-in attempts per account (user name), in a one-minute window: one account guessed at from many addresses is
/// stopped without stopping the rest of a county behind the same government-network address, which has its own, larger
/// limit (<c>Liandong:SignIn:PerAddressPerMinute</c>). In memory, per host.
/// </summary>
public sealed class SignInThrottle(int perAccountPerMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perAccountPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    /// <summary>True when the account may try once more now.</summary>
    public bool TryAttempt(string normalizedUserName)
    {
        using var lease = _limiter.AttemptAcquire(normalizedUserName);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
