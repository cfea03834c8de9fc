using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// Two hosts on one database: the test host, and the real host started as a second process. A grant revoked through
/// the first takes effect on the second within a second (LISTEN/NOTIFY on the access tables).
/// </summary>
public sealed class TwoHostsTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Password = "Liangtai2026Mima";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private HostProcess _second = null!;

    public async ValueTask InitializeAsync() => _second = await HostProcess.StartAsync(host, _ct);

    public async ValueTask DisposeAsync() => await _second.DisposeAsync();

    [Fact]
    public async Task A_grant_revoked_on_one_host_takes_effect_on_the_other_within_a_second()
    {
        var county = await host.CreateCountyAsync();
        var officer = await host.CreateUserWithPasswordAsync(county, Password, PlatformPermissions.UnitsView);
        using var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UsersView, PlatformPermissions.UsersManage));
        using var onSecond = _second.CreateClient();
        var token = await (await onSecond.PostAsJsonAsync("/api/auth/token", new { userName = officer.UserName, password = Password }, _ct))
            .Content.ReadFromJsonAsync<JsonElement>(_ct);
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        (await onSecond.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // cached there now

        var member = await admin.GetAsync($"/api/platform/users/{officer.UserId}", _ct);
        using var revoke = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/users/{officer.UserId}/access")
        {
            Content = JsonContent.Create(new { roleIds = Array.Empty<Guid>(), permissions = Array.Empty<string>(), isActive = true }),
        };
        revoke.Headers.IfMatch.Add(member.Headers.ETag!);
        (await admin.SendAsync(revoke, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var revokedAt = Stopwatch.StartNew();

        var status = HttpStatusCode.OK;
        while (revokedAt.Elapsed < TimeSpan.FromSeconds(1) && status == HttpStatusCode.OK)
        {
            status = (await onSecond.GetAsync("/api/platform/units", _ct)).StatusCode;
        }

        status.ShouldBe(HttpStatusCode.Forbidden);
        revokedAt.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_token_issued_by_one_host_is_accepted_by_the_other()
    {
        var county = await host.CreateCountyAsync();
        var officer = await host.CreateUserWithPasswordAsync(county, Password, PlatformPermissions.UnitsView);
        using var onFirst = host.CreateClient();
        var token = await (await onFirst.PostAsJsonAsync("/api/auth/token", new { userName = officer.UserName, password = Password }, _ct))
            .Content.ReadFromJsonAsync<JsonElement>(_ct);
        using var onSecond = _second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var me = await onSecond.GetAsync("/api/auth/me", _ct);

        me.StatusCode.ShouldBe(HttpStatusCode.OK); // one key ring in PostgreSQL for every host
        (await host.Database.ScalarAsOwnerAsync<long>("SELECT count(*) FROM platform.data_protection_keys")).ShouldBeGreaterThan(0);
        (await me.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("userName").GetString().ShouldBe(officer.UserName);
    }
}
