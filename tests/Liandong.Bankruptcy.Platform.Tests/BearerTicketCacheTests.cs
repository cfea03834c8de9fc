using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The bearer scheme's ticket cache: read once, a copy per request, refusals never kept, a bounded life.</summary>
public sealed class BearerTicketCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero));
    private readonly CountingFormat _inner = new();

    [Fact]
    public void A_token_is_read_once_and_each_request_gets_its_own_copy()
    {
        var cache = new BearerTicketCache(_inner, _clock);

        var first = cache.Unprotect("token-a");
        var second = cache.Unprotect("token-a");

        _inner.Reads.ShouldBe(1);
        first.ShouldNotBeNull();
        second.ShouldNotBeNull();
        second.Principal.Identity!.Name.ShouldBe("token-a");
        second.Principal.ShouldNotBeSameAs(first.Principal);
        second.Properties.ShouldNotBeSameAs(first.Properties);
        first.Principal.Identities.First().AddClaim(new Claim("added", "by the first request"));
        second.Principal.HasClaim("added", "by the first request").ShouldBeFalse();
        cache.Unprotect("token-a")!.Principal.HasClaim("added", "by the first request").ShouldBeFalse();
    }

    [Fact]
    public void A_token_the_format_refuses_is_refused_every_time_and_never_kept()
    {
        var cache = new BearerTicketCache(_inner, _clock);

        cache.Unprotect("forged").ShouldBeNull();
        cache.Unprotect("forged").ShouldBeNull();
        cache.Unprotect(null).ShouldBeNull();

        _inner.Reads.ShouldBe(3);
    }

    [Fact]
    public void A_kept_ticket_is_read_again_after_its_lifetime()
    {
        var cache = new BearerTicketCache(_inner, _clock);
        cache.Unprotect("token-a");

        _clock.Advance(BearerTicketCache.Lifetime - TimeSpan.FromSeconds(1));
        cache.Unprotect("token-a");
        _inner.Reads.ShouldBe(1);

        _clock.Advance(TimeSpan.FromSeconds(1));
        cache.Unprotect("token-a");
        _inner.Reads.ShouldBe(2);
    }

    [Fact]
    public void A_full_cache_starts_again()
    {
        var cache = new BearerTicketCache(_inner, _clock);
        for (var i = 0; i < BearerTicketCache.Capacity; i++)
        {
            cache.Unprotect($"token-{i}");
        }

        cache.Unprotect("token-0");
        _inner.Reads.ShouldBe(BearerTicketCache.Capacity);

        cache.Unprotect("token-one-more");
        cache.Unprotect("token-0");
        _inner.Reads.ShouldBe(BearerTicketCache.Capacity + 2);
    }

    [Fact]
    public void A_purpose_and_protecting_go_to_the_format()
    {
        var cache = new BearerTicketCache(_inner, _clock);

        cache.Unprotect("token-a", "refresh");
        cache.Unprotect("token-a", "refresh");
        cache.Protect(CountingFormat.Ticket("token-b")).ShouldBe("token-b");

        _inner.Reads.ShouldBe(2);
    }

    /// <summary>A format that accepts any token starting with "token-" as the ticket of a user of that name.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public static AuthenticationTicket Ticket(string name) =>
            new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Bearer")),
                new AuthenticationProperties { ExpiresUtc = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero) }, "Bearer");

        public string Protect(AuthenticationTicket data) => data.Principal.Identity!.Name!;

        public string Protect(AuthenticationTicket data, string? purpose) => Protect(data);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText?.StartsWith("token-", StringComparison.Ordinal) == true ? Ticket(protectedText) : null;
        }
    }
}
