using Liandong.Bankruptcy.Platform.Authorization;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The cache behind permission checks and the sign-in directory: one load per key and access version.</summary>
public sealed class AccessCacheTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_that_miss_at_once_share_one_load_and_a_change_of_access_loads_again()
    {
        var version = new AccessVersion();
        var cache = new AccessCache<string, string>(version);
        var loads = 0;
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string> Load(string key)
        {
            Interlocked.Increment(ref loads);
            return gate.Task;
        }

        var waiting = Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.GetAsync("410305-tax", Load, _ct).AsTask(), _ct)).ToArray();
        await Task.Delay(50, _ct);
        gate.SetResult("grants read once");

        (await Task.WhenAll(waiting)).ShouldAllBe(v => v == "grants read once");
        loads.ShouldBe(1);
        (await cache.GetAsync("410305-tax", k => Task.FromResult("again"), _ct)).ShouldBe("grants read once");
        loads.ShouldBe(1);

        version.Bump();
        (await cache.GetAsync("410305-tax", k => Task.FromResult("after the change"), _ct)).ShouldBe("after the change");
    }

    [Fact]
    public async Task A_failed_load_fails_its_waiters_and_is_not_kept()
    {
        var cache = new AccessCache<string, string>(new AccessVersion());

        await Should.ThrowAsync<TimeoutException>(cache.GetAsync("k", _ => Task.FromException<string>(new TimeoutException()), _ct).AsTask());

        (await cache.GetAsync("k", _ => Task.FromResult("read"), _ct)).ShouldBe("read");
    }

    [Fact]
    public async Task A_value_keep_refuses_is_answered_but_read_again_next_time()
    {
        var cache = new AccessCache<string, string?>(new AccessVersion(), StringComparer.Ordinal, keep: v => v is not null);

        (await cache.GetAsync("nobody", _ => Task.FromResult<string?>(null), _ct)).ShouldBeNull();

        (await cache.GetAsync("nobody", _ => Task.FromResult<string?>("registered since"), _ct)).ShouldBe("registered since");
    }

    [Fact]
    public async Task A_waiter_that_gives_up_ends_its_own_wait_only()
    {
        var cache = new AccessCache<string, string>(new AccessVersion());
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var givingUp = new CancellationTokenSource();

        var first = cache.GetAsync("k", _ => gate.Task, givingUp.Token).AsTask();
        var second = cache.GetAsync("k", _ => Task.FromResult("a second load"), _ct).AsTask();
        await givingUp.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(first);
        gate.SetResult("read");

        (await second).ShouldBe("read");
    }
}
