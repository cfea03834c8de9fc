using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>Sign-in over real HTTP: tokens, cookies with antiforgery, lockout per user and address, counties.</summary>
public sealed partial class SignInTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Password = "Gongzuo2026mima";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await host.CreateCountyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_token_from_the_right_password_works_and_names_the_county()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password, PlatformPermissions.UnitsView);
        using var client = host.CreateClient();

        var token = await Token(client, user.UserName, Password);

        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await Json(token);
        body.GetProperty("expiresIn").GetInt64().ShouldBeGreaterThan(0);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        var me = await Json(await client.GetAsync("/api/auth/me", _ct));
        me.GetProperty("userName").GetString().ShouldBe(user.UserName);
        me.GetProperty("countyId").GetGuid().ShouldBe(_county.Id);
        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_are_refused_alike()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password);
        using var client = host.CreateClientFrom(IPAddress.Parse("127.0.0.5"));

        var wrong = await Token(client, user.UserName, "Wrong2026password");
        var unknown = await Token(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], Password);

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(wrong)).GetProperty("code").GetString().ShouldBe("auth.invalid_credentials");
        (await Json(unknown)).GetProperty("code").GetString().ShouldBe("auth.invalid_credentials");
    }

    [Fact]
    public async Task Five_failures_lock_out_that_address_only()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password);
        using var stranger = host.CreateClientFrom(IPAddress.Parse("127.0.0.2"));
        using var judge = host.CreateClientFrom(IPAddress.Parse("127.0.0.3"));

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await Json(await Token(stranger, user.UserName, $"Guess{i}2026abc"))).GetProperty("code").GetString());
        }

        codes.ShouldBe(["auth.invalid_credentials", "auth.invalid_credentials", "auth.invalid_credentials", "auth.invalid_credentials", "auth.locked_out"]);
        var lockedEvenWithTheRightPassword = await Token(stranger, user.UserName, Password);
        lockedEvenWithTheRightPassword.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await Token(judge, user.UserName, Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_forwarded_address_from_an_unconfigured_proxy_is_not_believed()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password);
        using var client = host.CreateClientFrom(IPAddress.Parse("127.0.0.6"));
        for (var i = 0; i < 5; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName = user.UserName, password = $"Guess{i}2026abc" }) };
            guess.Headers.Add("X-Forwarded-For", $"10.1.2.{i}");
            await client.SendAsync(guess, _ct);
        }

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName = user.UserName, password = Password }) };
        right.Headers.Add("X-Forwarded-For", "10.9.9.9");
        (await client.SendAsync(right, _ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests); // still the same address: locked
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_and_per_address_apart_and_the_sign_in_page_never()
    {
        // This process allows 30 attempts a minute per address (TestSettings) and the default 10 per account.
        using var client = host.CreateClientFrom(IPAddress.Parse("127.0.0.9"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await Token(client, "nobody", "Nothing2026x")).StatusCode);
        }

        statuses.Take(10).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses[10].ShouldBe(HttpStatusCode.TooManyRequests);
        var account = await Token(client, "nobody", "Nothing2026x");
        (await Json(account)).GetProperty("code").GetString().ShouldBe("auth.too_many_attempts"); // that account, not the address
        (await Token(client, "somebody", "Nothing2026x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized); // a colleague behind the same address

        var colleagues = new List<HttpStatusCode>();
        for (var i = 0; i < 18; i++)
        {
            colleagues.Add((await Token(client, $"colleague{i}", "Nothing2026x")).StatusCode);
        }

        // 13 attempts so far from the address: 17 more make 30, the 31st is refused.
        colleagues.Take(17).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        colleagues[17].ShouldBe(HttpStatusCode.TooManyRequests);
        (await Json(await Token(client, "another", "Nothing2026x"))).GetProperty("code").GetString().ShouldBe("platform.too_many_requests");
        (await client.GetAsync("/account/sign-in", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the page is never limited
        var page = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent([]), _ct);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync(_ct)).ShouldContain("操作过于频繁"); // a page, in words
        using var elsewhere = host.CreateClientFrom(IPAddress.Parse("127.0.0.10"));
        (await Token(elsewhere, "another", "Nothing2026x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_officer_with_three_memberships_works_one_county_at_a_time_and_sees_only_it()
    {
        var b = await host.CreateCountyAsync();
        var c = await host.CreateCountyAsync();
        var stranger = await host.CreateCountyAsync();
        var officer = await host.CreateUserWithPasswordAsync(_county, Password, PlatformPermissions.UnitsView);
        await host.AddMembershipAsync(officer, b, PlatformPermissions.UnitsView);
        await host.AddMembershipAsync(officer, c, PlatformPermissions.UnitsView);
        var units = new Dictionary<Guid, Guid>();
        foreach (var county in new[] { _county, b, c, stranger })
        {
            using var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
            var created = await admin.PostAsJsonAsync("/api/platform/units", new { name = "本县法院" + county.DivisionCode, kind = "Court" }, _ct);
            units[county.Id] = (await Json(created)).GetProperty("id").GetGuid();
        }

        using var client = host.CreateClient();
        var signedIn = await Json(await Token(client, officer.UserName, Password, b.DivisionCode));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.GetProperty("accessToken").GetString());

        var me = await Json(await client.GetAsync("/api/auth/me", _ct));
        me.GetProperty("counties").EnumerateArray().Select(x => x.GetProperty("divisionCode").GetString())
            .ShouldBe(new[] { _county.DivisionCode, b.DivisionCode, c.DivisionCode }.Order(), ignoreOrder: true);
        me.GetProperty("countyId").GetGuid().ShouldBe(b.Id);
        var visible = (await Json(await client.GetAsync("/api/platform/units", _ct))).GetProperty("items").EnumerateArray()
            .Select(u => u.GetProperty("id").GetGuid()).ToList();
        visible.ShouldBe([units[b.Id]]);
        foreach (var other in new[] { _county, c, stranger })
        {
            (await client.GetAsync($"/api/platform/units/{units[other.Id]}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var notMine = await Token(host.CreateClient(), officer.UserName, Password, stranger.DivisionCode);
        notMine.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(notMine)).GetProperty("code").GetString().ShouldBe("auth.no_membership");
    }

    [Fact]
    public async Task A_deactivated_county_is_refused_on_every_request_and_keeps_its_data()
    {
        var county = await host.CreateCountyAsync();
        var user = await host.CreateUserAsync(county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage);
        using var client = host.CreateClient(user);
        var unit = await Json(await client.PostAsJsonAsync("/api/platform/units", new { name = "将停用县法院", kind = "Court" }, _ct));
        using var hostAdmin = host.CreateClient(await host.CreateUserAsync(null, PlatformPermissions.CountiesView, PlatformPermissions.CountiesManage));

        await SetCountyActive(hostAdmin, county, false);
        var refused = await client.GetAsync("/api/platform/units", _ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("platform.county_inactive");
        (await client.GetAsync($"/api/platform/units/{unit.GetProperty("id").GetGuid()}", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountUnitsAsOwner(county)).ShouldBe(1);

        await SetCountyActive(hostAdmin, county, true);
        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_user_loses_every_session_at_once()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password, PlatformPermissions.UnitsView);
        using var client = host.CreateClient();
        var token = await Json(await Token(client, user.UserName, Password));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.UsersView, PlatformPermissions.UsersManage));

        using var deactivate = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/users/{user.UserId}/account")
        {
            Content = JsonContent.Create(new { displayName = "已停用", isActive = false }),
        };
        deactivate.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{await UserVersion(user)}\""));
        (await admin.SendAsync(deactivate, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await Token(host.CreateClient(), user.UserName, Password);
        (await Json(again)).GetProperty("code").GetString().ShouldBe("auth.user_inactive");
    }

    [Fact]
    public async Task The_browser_signs_in_with_a_form_that_carries_an_antiforgery_token()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password, PlatformPermissions.UnitsView);
        using var browser = host.CreateClientFrom(IPAddress.Parse("127.0.0.4"), cookies: true);
        var form = await browser.GetStringAsync("/account/sign-in", _ct);
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        antiforgery.ShouldNotBeNullOrEmpty();

        var forged = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user.UserName,
            ["Password"] = Password,
        }), _ct);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var signedIn = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user.UserName,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = antiforgery,
        }), _ct);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/api/auth/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private async Task SetCountyActive(HttpClient hostAdmin, TestCounty county, bool active)
    {
        var current = await hostAdmin.GetAsync($"/api/host/counties/{county.Id}", _ct);
        current.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await Json(current);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/host/counties/{county.Id}")
        {
            Content = JsonContent.Create(new { name = body.GetProperty("name").GetString(), courtCodes = body.GetProperty("courtCodes"), isActive = active }),
        };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        (await hostAdmin.SendAsync(put, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<long> CountUnitsAsOwner(TestCounty county)
    {
        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM platform.units WHERE tenant_id = @t", connection);
        command.Parameters.AddWithValue("t", county.Id);
        return (long)(await command.ExecuteScalarAsync(_ct))!;
    }

    private async Task<uint> UserVersion(TestUser user)
    {
        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var command = new NpgsqlCommand("SELECT xmin::text::bigint FROM platform.users WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", user.UserId);
        return (uint)(long)(await command.ExecuteScalarAsync(_ct))!;
    }

    private Task<HttpResponseMessage> Token(HttpClient client, string userName, string password, string? county = null) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password, county }, _ct);

    private async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
}
