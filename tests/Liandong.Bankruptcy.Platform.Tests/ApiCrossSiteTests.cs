using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>
/// The API closed to cross-site requests: a browser session's cookie goes with any request a foreign page makes, so an
/// API write carrying the cookie and no bearer token is refused before anything runs, whatever its body or Origin; the
/// same write with a bearer token goes through, and the cookie still reads (downloads linked from pages).
/// </summary>
public sealed partial class ApiCrossSiteTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Password = "Gongzuo2026mima";

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await host.CreateCountyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_cookie_session_cannot_write_through_the_api_from_any_origin_with_json_or_multipart()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage);
        using var browser = await SignedInBrowserAsync(user.UserName);
        var before = await UnitsAsOwnerAsync();

        using var json = new HttpRequestMessage(HttpMethod.Post, "/api/platform/units") { Content = JsonContent.Create(new { name = "跨站伪造单位", kind = "Finance" }) };
        json.Headers.Add("Origin", "http://evil.example");
        var forged = await browser.SendAsync(json, _ct);
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forged.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("platform.api_cookie_write");

        using var multipart = new HttpRequestMessage(HttpMethod.Post, "/api/platform/units")
        {
            Content = new MultipartFormDataContent { { new StringContent("跨站伪造单位"), "name" }, { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "a.pdf" } },
        };
        (await browser.SendAsync(multipart, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var sameOrigin = await browser.PostAsJsonAsync("/api/platform/units", new { name = "同源也不行", kind = "Finance" }, _ct);
        sameOrigin.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // no antiforgery token: the cookie alone never writes

        (await UnitsAsOwnerAsync()).ShouldBe(before);
        (await browser.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // reads stay open to the session
    }

    [Fact]
    public async Task The_same_write_with_a_bearer_token_goes_through()
    {
        var user = await host.CreateUserWithPasswordAsync(_county, Password, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage);
        using var browser = await SignedInBrowserAsync(user.UserName);
        var token = await (await host.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = Password }, _ct))
            .Content.ReadFromJsonAsync<JsonElement>(_ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/platform/units") { Content = JsonContent.Create(new { name = "令牌创建的单位", kind = "Finance" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        (await browser.SendAsync(request, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created); // the cookie beside it does not matter
    }

    private async Task<HttpClient> SignedInBrowserAsync(string userName)
    {
        var browser = host.CreateClientFrom(IPAddress.Parse("127.0.0.5"), cookies: true);
        var form = await browser.GetStringAsync("/account/sign-in", _ct);
        var signedIn = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryField().Match(form).Groups[1].Value,
        }), _ct);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private async Task<long> UnitsAsOwnerAsync()
    {
        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM platform.units WHERE tenant_id = @t", connection);
        command.Parameters.AddWithValue("t", _county.Id);
        return (long)(await command.ExecuteScalarAsync(_ct))!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
