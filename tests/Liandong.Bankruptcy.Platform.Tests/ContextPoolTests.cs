using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>Module DbContexts are pooled: a scope leases one, and nothing a unit of work set reaches the next lease.</summary>
public sealed class ContextPoolTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public void A_scope_leases_its_context_from_the_pool()
    {
        host.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().ShouldBeOfType<PooledDbContextFactory<PlatformDbContext>>();
    }

    [Fact]
    public async Task The_next_lease_gets_the_context_back_clean()
    {
        // A pool of one, on the host's options, so the next lease is certainly the same instance.
        var pool = new PooledDbContextFactory<PlatformDbContext>(host.Services.GetRequiredService<DbContextOptions<PlatformDbContext>>(), 1);
        var county = await host.CreateCountyAsync();
        PlatformDbContext first;
        await using (first = await pool.CreateDbContextAsync(_ct))
        {
            using var _ = host.Services.GetRequiredService<ICurrentTenant>().Change(county.Id);
            first.ExpectsVersion = true; // an update at the client's version (Writes.UpdateAsync)
            first.Units.Add(new Domain.Unit("借出单位", Domain.UnitKind.Court, null));
            (await first.Units.CountAsync(_ct)).ShouldBe(0);
        }

        await using var next = await pool.CreateDbContextAsync(_ct);
        next.ShouldBeSameAs(first);
        next.ExpectsVersion.ShouldBeFalse(); // or a numbered create would answer 409 instead of taking the next number
        next.ChangeTracker.Entries().ShouldBeEmpty();
    }
}
