using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// A crash under load: two real host processes on the test database, four clients registering cases on the first with
/// an Idempotency-Key each, the first killed (SIGKILL) mid-load. Every acknowledged create survives and replays the
/// same case; every key retried on the survivor ends with exactly one case (none lost, none doubled, none stuck
/// "in progress"); the dead host's messages are handled by the survivor within 15 s.
/// </summary>
[Collection(nameof(CrashTests))] // alone in its assembly while it runs: the recovery it times is the cluster's, not the runner's
public sealed class CrashTests(LiandongHostFixture host)
{
    private const string Password = "Liangtai2026Mima";
    private const int Writers = 4;
    private const int AcknowledgedBeforeTheKill = 60;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_killed_under_load_loses_no_acknowledged_case_doubles_no_retried_key_and_its_messages_are_handled_within_15_seconds()
    {
        var county = await host.CreateCountyAsync();
        var judge = await host.CreateUserWithPasswordAsync(county, Password, CasesPermissions.View, CasesPermissions.Register);
        await using var survivor = await HostProcess.StartAsync(host, _ct);
        var token = await TokenAsync(survivor, judge.UserName);
        var attempts = new ConcurrentDictionary<string, Attempt>();
        var surprises = new ConcurrentQueue<string>();
        var acknowledged = 0;
        Stopwatch sinceTheKill;
        List<Guid> unhandled;
        HostProcess? doomed = null;
        try
        {
            // A round: a host started, four writers on it, killed at once after its 60th acknowledgement. When the kill
            // happened to leave no event unhandled (the host had caught up), another round, so there is something to
            // recover (at most three).
            for (var round = 1; ; round++)
            {
                doomed = await HostProcess.StartAsync(host, _ct);
                var killed = new TaskCompletionSource<Stopwatch>(TaskCreationOptions.RunContinuationsAsynchronously);
                var acknowledgedThisRound = 0;
                async Task WriteAsync(HostProcess target, int writer)
                {
                    using var client = Authorized(target, token);
                    for (var i = 0; ; i++)
                    {
                        var key = $"crash-{round}-{writer}-{i}";
                        var number = $"(2026){county.CourtCode}破申{(round * 100_000) + (writer * 10_000) + i + 1}号";
                        attempts[key] = new Attempt(number, null);
                        HttpResponseMessage response;
                        try
                        {
                            response = await client.SendAsync(Register(key, number), _ct);
                        }
                        catch (HttpRequestException)
                        {
                            return; // the host died with this create in flight: its outcome is unknown to the client
                        }

                        if (response.StatusCode != HttpStatusCode.Created)
                        {
                            surprises.Enqueue($"{key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(_ct)}");
                            return;
                        }

                        attempts[key] = attempts[key] with { Id = await IdOf(response) };
                        Interlocked.Increment(ref acknowledged);
                        if (Interlocked.Increment(ref acknowledgedThisRound) == AcknowledgedBeforeTheKill)
                        {
                            // At once, while this create's CaseRegistered is most likely still waiting in the host's queue.
                            target.Kill();
                            killed.TrySetResult(Stopwatch.StartNew());
                        }
                    }
                }

                var target = doomed;
                var writers = Enumerable.Range(0, Writers).Select(w => WriteAsync(target, w)).ToArray();
                var first = await Task.WhenAny(killed.Task, Task.WhenAll(writers), Task.Delay(TimeSpan.FromSeconds(60), _ct));
                surprises.ShouldBeEmpty(doomed.Output);
                first.ShouldBe(killed.Task, "the host was not killed under load");
                sinceTheKill = await killed.Task;
                await Task.WhenAll(writers);

                // The cases committed before the kill whose CaseRegistered the dead host had not handled: the survivor
                // must handle them (Coordination's copy of each appears) once it finds the dead node stale.
                unhandled = await UnhandledCasesAsync(county);
                if (unhandled.Count > 0 || round == 3)
                {
                    break;
                }

                await doomed.DisposeAsync();
                doomed = null;
            }
        }
        finally
        {
            if (doomed is not null)
            {
                await doomed.DisposeAsync();
            }
        }

        var recovery = Task.Run(async () =>
        {
            // Recovery starts when the survivor handles the first of them (the dead node found stale, its messages
            // released); it ends when it has handled them all (on a busy machine, mostly the handling itself).
            TimeSpan? started = null;
            while (sinceTheKill.Elapsed < TimeSpan.FromSeconds(60))
            {
                var left = (await UnhandledCasesAsync(county)).Intersect(unhandled).Count();
                if (left < unhandled.Count)
                {
                    started ??= sinceTheKill.Elapsed;
                }

                if (left == 0)
                {
                    break;
                }

                await Task.Delay(100, _ct);
            }

            return (Started: started ?? sinceTheKill.Elapsed, Finished: sinceTheKill.Elapsed);
        }, _ct);
        var inFlight = attempts.Count(a => a.Value.Id is null);

        // Every key again, on the survivor: an acknowledged one replays its case; one in flight gets its case (replayed
        // when its create had committed, created now when it had not); a second retry changes nothing.
        using var retrying = Authorized(survivor, token);
        var answered = new Dictionary<string, Guid>();
        foreach (var (key, attempt) in attempts)
        {
            var retried = await retrying.SendAsync(Register(key, attempt.CaseNumber), _ct);
            retried.StatusCode.ShouldBe(HttpStatusCode.Created, $"{key}: {await retried.Content.ReadAsStringAsync(_ct)}");
            answered[key] = await IdOf(retried);
            if (attempt.Id is { } id)
            {
                answered[key].ShouldBe(id, key);
                retried.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"], key);
            }

            var again = await retrying.SendAsync(Register(key, attempt.CaseNumber), _ct);
            (again.StatusCode, await IdOf(again)).ShouldBe((HttpStatusCode.Created, answered[key]), key);
        }

        answered.Values.Distinct().Count().ShouldBe(attempts.Count);
        (await CaseCountAsync(county, "cases")).ShouldBe(attempts.Count); // nothing lost, nothing doubled

        var recovered = await recovery;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"kill -9 under {Writers} writers: {acknowledged} creates acknowledged, {inFlight} in flight, the events of {unhandled.Count} cases " +
            $"not yet handled at the kill; every one of {attempts.Count} keys retried to one case; the dead host's messages recovered " +
            $"{recovered.Started.TotalSeconds:0.0} s after the kill, all handled after {recovered.Finished.TotalSeconds:0.0} s");
        // Every case's event handled: the dead host's by recovery, and those of the cases the retries created just now
        // on the survivor (in flight at the kill, never committed) as they come.
        await Eventually.HoldsAsync(async () => (await UnhandledCasesAsync(county)).Count == 0, TimeSpan.FromSeconds(30));
        if (unhandled.Count > 0)
        {
            recovered.Started.ShouldBeLessThan(TimeSpan.FromSeconds(15)); // the bound: delivered within 15 s, not 70
        }
    }

    private sealed record Attempt(string CaseNumber, Guid? Id);

    private static HttpRequestMessage Register(string key, string caseNumber)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
        {
            Content = JsonContent.Create(new
            {
                caseNumber,
                procedure = "ApplicationReview",
                debtors = new[] { new { name = "洛阳某某机械有限公司", uscc = "91350100M000100Y43" } },
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();

    private async Task<string> TokenAsync(HostProcess process, string userName)
    {
        using var client = process.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = Password }, _ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Authorized(HostProcess process, string token)
    {
        var client = process.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<long> CaseCountAsync(TestCounty county, string schema) =>
        host.Database.ScalarAsOwnerAsync<long>($"SELECT count(*) FROM {schema}.cases WHERE tenant_id = @county", ("county", county.Id));

    /// <summary>The county's registered cases that Coordination holds no copy of yet (their CaseRegistered unhandled).</summary>
    private async Task<List<Guid>> UnhandledCasesAsync(TestCounty county) =>
        [.. await host.Database.ScalarAsOwnerAsync<Guid[]>(
            "SELECT coalesce(array_agg(c.id), '{}') FROM cases.cases c WHERE c.tenant_id = @county AND NOT EXISTS (SELECT 1 FROM coordination.cases p WHERE p.tenant_id = c.tenant_id AND p.case_id = c.id)",
            ("county", county.Id))];
}

[CollectionDefinition(nameof(CrashTests), DisableParallelization = true)]
public sealed class AloneWhileCrashing;
