using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>The outcome of a sign-in: a principal for the chosen county, or a refusal with its code and status.</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, string? ErrorCode, int Status)
{
    public static SignInOutcome Refused(string code, int status) => new(null, code, status);
}

/// <summary>
/// Password sign-in before any county is known: the directory names the user's home county, whose scope is opened for
/// the password check and the failure count (per user and client address); then the county to work in is chosen
/// among the user's usable memberships (the home county's by default).
/// </summary>
internal sealed class SignInService(
    SignInDirectory directory, UserManager<User> users, ILookupNormalizer normalizer, ICurrentTenant currentTenant,
    PlatformDbContext db, TimeProvider clock, SignInThrottle throttle)
{
    // Verified when the user name is unknown, so an unknown name costs as much time as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(
        string userName, string password, string? county, string clientAddress, string scheme, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(userName);
        if (!throttle.TryAttempt(normalized))
        {
            return SignInOutcome.Refused("auth.too_many_attempts", 429); // this account, from wherever
        }

        var entry = await directory.FindAsync(normalized, cancellationToken);
        if (entry is null)
        {
            users.PasswordHasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return SignInOutcome.Refused("auth.invalid_credentials", 401);
        }

        using (currentTenant.Change(entry.HomeTenantId))
        {
            var now = clock.GetUtcNow();
            var failure = await db.SignInFailures
                .SingleOrDefaultAsync(f => f.UserId == entry.UserId && f.ClientAddress == clientAddress, cancellationToken);
            if (failure?.IsLocked(now) == true)
            {
                return SignInOutcome.Refused("auth.locked_out", 429);
            }

            var user = await db.Users.SingleAsync(u => u.Id == entry.UserId, cancellationToken);
            if (!await users.CheckPasswordAsync(user, password))
            {
                if (failure is null)
                {
                    failure = new SignInFailure(user.Id, clientAddress);
                    db.SignInFailures.Add(failure);
                }

                failure.Record(now);
                await db.SaveChangesAsync(cancellationToken);
                return SignInOutcome.Refused(failure.IsLocked(now) ? "auth.locked_out" : "auth.invalid_credentials", failure.IsLocked(now) ? 429 : 401);
            }

            if (failure is not null)
            {
                db.SignInFailures.Remove(failure);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (!user.IsActive)
            {
                return SignInOutcome.Refused("auth.user_inactive", 403);
            }
        }

        return Choose(entry, userName, county, scheme);
    }

    /// <summary>A principal for another county of the same user (the county switcher), or a refusal.</summary>
    public static SignInOutcome Choose(DirectoryEntry entry, string userName, string? county, string scheme)
    {
        var membership = county is null
            ? entry.In(entry.HomeTenantId) ?? entry.Memberships.FirstOrDefault(m => m.IsUsable)
            : entry.Memberships.FirstOrDefault(m => m.DivisionCode == county || m.TenantId.ToString() == county);
        if (membership is null || !membership.IsActive)
        {
            return SignInOutcome.Refused("auth.no_membership", 403);
        }

        if (!membership.CountyActive)
        {
            return SignInOutcome.Refused("platform.county_inactive", 403);
        }

        return new SignInOutcome(AccessClaims.Create(entry.UserId, userName, membership.TenantId, entry.SecurityStamp, scheme), null, 200);
    }
}
