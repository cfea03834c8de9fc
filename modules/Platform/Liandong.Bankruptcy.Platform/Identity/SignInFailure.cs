using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>
/// Failed sign-ins counted per user and client address, so a stranger who guesses wrong locks out only themselves,
/// never the judge at their own desk. Kept in the user's home county.
/// </summary>
internal sealed class SignInFailure : Entity, ITenantOwned
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private SignInFailure()
    {
    }

    public SignInFailure(Guid userId, string clientAddress)
    {
        UserId = userId;
        ClientAddress = clientAddress;
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public string ClientAddress { get; private set; } = "";

    public int Failures { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public void Record(DateTimeOffset now)
    {
        if (LockedUntil <= now)
        {
            Failures = 0;
            LockedUntil = null;
        }

        Failures++;
        if (Failures >= MaxFailures)
        {
            LockedUntil = now + LockoutPeriod;
        }
    }
}
