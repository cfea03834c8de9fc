using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>
/// The bearer scheme's token format with the tickets it has read kept for a few minutes: a client sends the same token
/// with every request, and reading it (decrypting and checking its MAC, then deserialising the ticket) was the largest
/// cost of authentication. Only what the inner format accepted is kept; every request still gets its own copy, the
/// handler still checks the ticket's expiry, and <see cref="PrincipalValidation"/> still checks the user, the security
/// stamp and the membership against the directory.
/// </summary>
internal sealed class BearerTicketCache(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>How long a read ticket is trusted without reading it again (a revoked data-protection key takes effect after it).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Tickets kept at most; when full the cache starts again (made-up tokens are never kept).</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset ReadAt)> _read = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = clock.GetUtcNow();
        if (!_read.TryGetValue(protectedText, out var entry) || now - entry.ReadAt >= Lifetime)
        {
            if (inner.Unprotect(protectedText) is not { } ticket)
            {
                return null;
            }

            if (_read.Count >= Capacity)
            {
                _read.Clear();
            }

            entry = (ticket, now);
            _read[protectedText] = entry;
        }

        // A copy: the request may replace or extend its principal and properties; the kept ticket stays as it was read.
        // (ClaimsPrincipal.Clone would share the identities.)
        var principal = new ClaimsPrincipal(entry.Ticket.Principal.Identities.Select(identity => identity.Clone()));
        return new AuthenticationTicket(principal, entry.Ticket.Properties.Clone(), entry.Ticket.AuthenticationScheme);
    }
}
