using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The API conventions of architecture.md, through the member-units endpoints, over real HTTP.</summary>
public sealed class UnitsApiTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private TestCounty _otherCounty = null!;
    private HttpClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _otherCounty = await host.CreateCountyAsync();
        _admin = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
    }

    public ValueTask DisposeAsync()
    {
        _admin.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Create_then_read_carries_the_version_as_etag()
    {
        var created = await _admin.PostAsJsonAsync("/api/platform/units", new { name = "涧西区税务局", kind = "Tax" }, _ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/platform/units/{id}");
        var read = await _admin.GetAsync($"/api/platform/units/{id}", _ct);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.ShouldBe(created.Headers.ETag!.Tag);
        (await Json(read)).GetProperty("name").GetString().ShouldBe("涧西区税务局");
    }

    [Fact]
    public async Task Invalid_body_is_a_problem_with_field_errors_and_creates_nothing()
    {
        var before = await CountUnits();

        var response = await _admin.PostAsJsonAsync("/api/platform/units", new { name = "  ", kind = "NoSuchKind" }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe("platform.malformed_request"); // an unknown enum name cannot be read

        var missing = await _admin.PostAsJsonAsync("/api/platform/units", new { name = new string('长', 101) }, _ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var invalid = await Json(missing);
        invalid.GetProperty("code").GetString().ShouldBe("platform.validation_failed");
        invalid.GetProperty("errorCodes").GetProperty("name")[0].GetString().ShouldBe("validation.max_length");
        invalid.GetProperty("errorCodes").GetProperty("kind")[0].GetString().ShouldBe("validation.required");
        invalid.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("长度不能超过 100 个字符。");
        (await CountUnits()).ShouldBe(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_a_server_error()
    {
        using var content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json");

        var response = await _admin.PostAsync("/api/platform/units", content, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe("platform.malformed_request");
        problem.TryGetProperty("exception", out _).ShouldBeFalse();
        problem.GetProperty("correlationId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Update_without_if_match_is_428_and_with_a_stale_one_412_and_changes_nothing()
    {
        var (id, etag) = await CreateUnit("栾川县医保局", "MedicalInsurance");

        var withoutVersion = await _admin.PutAsJsonAsync($"/api/platform/units/{id}", new { name = "改名一", isActive = true }, _ct);
        withoutVersion.StatusCode.ShouldBe((HttpStatusCode)428);
        (await Json(withoutVersion)).GetProperty("code").GetString().ShouldBe("platform.version_required");

        var fresh = await Put(id, etag, "改名二");
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        var newTag = fresh.Headers.ETag!.Tag;
        newTag.ShouldNotBe(etag);

        var stale = await Put(id, etag, "改名三");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("platform.version_stale");

        var read = await _admin.GetAsync($"/api/platform/units/{id}", _ct);
        (await Json(read)).GetProperty("name").GetString().ShouldBe("改名二");
        read.Headers.ETag!.Tag.ShouldBe(newTag);
    }

    [Fact]
    public async Task Two_concurrent_updates_on_the_same_version_never_both_win()
    {
        var (id, etag) = await CreateUnit("嵩县公安局", "PublicSecurity");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Put(id, etag, $"并发{i}")));

        results.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(5);
    }

    [Fact]
    public async Task A_repeated_create_with_the_same_idempotency_key_creates_once()
    {
        var before = await CountUnits();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(key, new { name = "洛宁县财政局", kind = "Finance" });
        var second = await PostWithKey(key, new { name = "洛宁县财政局", kind = "Finance" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues("Idempotent-Replayed").ShouldContain("true");
        (await Json(second)).GetProperty("id").GetGuid().ShouldBe((await Json(first)).GetProperty("id").GetGuid());
        second.Headers.Location.ShouldBe(first.Headers.Location);
        second.Headers.ETag!.Tag.ShouldBe(first.Headers.ETag!.Tag);
        (await CountUnits()).ShouldBe(before + 1);

        var otherBody = await PostWithKey(key, new { name = "另一个单位", kind = "Finance" });
        otherBody.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(otherBody)).GetProperty("code").GetString().ShouldBe("platform.idempotency_key_reused");
        (await CountUnits()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Simultaneous_creates_with_one_idempotency_key_make_one_unit_and_all_answer_it()
    {
        var before = await CountUnits();
        var key = Guid.NewGuid().ToString();

        // Sent at once, none sees the others' key before it saves: the key's unique index decides, the losers' work
        // rolls back and they answer with the winner's unit (never 409 "in progress", never a second unit).
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostWithKey(key, new { name = "洛宁县审计局", kind = "Finance" })));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var ids = await Task.WhenAll(answers.Select(async a => (await Json(a)).GetProperty("id").GetGuid()));
        ids.Distinct().Count().ShouldBe(1);
        answers.Count(a => a.Headers.Contains("Idempotent-Replayed")).ShouldBe(7);
        (await CountUnits()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_refused_create_leaves_its_idempotency_key_free_for_the_corrected_retry()
    {
        var key = Guid.NewGuid().ToString();
        await CreateUnit("宜阳县信访局", "Petitions");

        var duplicate = await PostWithKey(key, new { name = "宜阳县信访局", kind = "Petitions" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("platform.unit_name_taken");

        var corrected = await PostWithKey(key, new { name = "宜阳县信访局二", kind = "Petitions" });
        corrected.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_countys_unit_answers_404_and_is_not_changed()
    {
        var (id, etag) = await CreateUnit("孟津区住建局", "Housing");
        using var stranger = host.CreateClient(
            await host.CreateUserAsync(_otherCounty, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));

        (await stranger.GetAsync($"/api/platform/units/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/units/{id}")
        {
            Content = JsonContent.Create(new { name = "越权修改", isActive = false }),
        };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var response = await stranger.SendAsync(put, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Json(response)).GetProperty("code").GetString().ShouldBe("platform.not_found");

        var mine = await _admin.GetAsync($"/api/platform/units/{id}", _ct);
        (await Json(mine)).GetProperty("name").GetString().ShouldBe("孟津区住建局");
        mine.Headers.ETag!.Tag.ShouldBe(etag);
        var list = await Json(await stranger.GetAsync("/api/platform/units?limit=200", _ct));
        list.GetProperty("items").EnumerateArray().ShouldNotContain(u => u.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Without_sign_in_401_and_without_the_permission_403_as_problems()
    {
        using var anonymous = host.CreateClient();
        using var viewer = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.UnitsView));

        var unauthenticated = await anonymous.GetAsync("/api/platform/units", _ct);
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(unauthenticated)).GetProperty("code").GetString().ShouldBe("platform.unauthorized");

        (await viewer.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var forbidden = await viewer.PostAsJsonAsync("/api/platform/units", new { name = "无权创建", kind = "Tax" }, _ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(forbidden)).GetProperty("code").GetString().ShouldBe("platform.forbidden");
    }

    [Fact]
    public async Task The_list_pages_by_keyset_cursor_through_every_row_once_in_order()
    {
        var county = await host.CreateCountyAsync();
        using var client = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
        var names = Enumerable.Range(1, 7).Select(i => $"单位{i:00}").ToList();
        foreach (var name in names)
        {
            (await client.PostAsJsonAsync("/api/platform/units", new { name, kind = "Court" }, _ct)).EnsureSuccessStatusCode();
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Json(await client.GetAsync($"/api/platform/units?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}", _ct));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        seen.ShouldBe(names);
        pages.ShouldBe(3);
        var filtered = await Json(await client.GetAsync("/api/platform/units?kind=Tax", _ct));
        filtered.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/platform/units?limit=0", "platform.validation_failed")]
    [InlineData("/api/platform/units?limit=abc", "platform.validation_failed")]
    [InlineData("/api/platform/units?cursor=%%%%", "platform.invalid_cursor")]
    [InlineData("/api/platform/units?kind=Nope", "platform.malformed_request")]
    public async Task Bad_list_parameters_are_400_problems(string url, string code)
    {
        var response = await _admin.GetAsync(url, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("code").GetString().ShouldBe(code);
    }

    [Theory]
    [InlineData("/api/platform/holidays?year=-1")]
    [InlineData("/api/platform/holidays?year=0")]
    [InlineData("/api/platform/holidays?year=1989")]
    [InlineData("/api/platform/holidays?year=2101")]
    public async Task A_holiday_year_outside_the_calendar_span_is_a_400_on_the_year(string url)
    {
        using var calendar = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.CalendarView));
        var response = await calendar.GetAsync(url, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errorCodes").GetProperty("year")[0].GetString().ShouldBe("validation.invalid_value");
    }

    [Fact]
    public async Task Text_with_a_nul_character_is_a_400_problem_and_changes_nothing()
    {
        using var auditor = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.AuditView));
        using var anonymous = host.CreateClient();
        var filtered = await auditor.GetAsync("/api/platform/audit/requests?action=a%00b", _ct);
        var signIn = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "a\0b", password = "Liandong@2026" }, _ct);
        var created = await _admin.PostAsJsonAsync("/api/platform/units", new { name = "空字符\0单位", kind = "Tax" }, _ct);

        foreach (var response in new[] { filtered, signIn, created })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await Json(response)).GetProperty("code").GetString().ShouldBe("platform.invalid_character");
        }

        var units = await Json(await _admin.GetAsync("/api/platform/units?limit=100", _ct));
        units.GetProperty("items").EnumerateArray().ShouldNotContain(u => u.GetProperty("name").GetString()!.StartsWith("空字符", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Problems_speak_english_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/platform/units/" + Guid.NewGuid());
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await _admin.SendAsync(request, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Json(response)).GetProperty("title").GetString().ShouldBe("The resource was not found.");
    }

    private async Task<(Guid Id, string ETag)> CreateUnit(string name, string kind)
    {
        var response = await _admin.PostAsJsonAsync("/api/platform/units", new { name, kind }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return ((await Json(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> Put(Guid id, string etag, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/units/{id}")
        {
            Content = JsonContent.Create(new { name, isActive = true }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await _admin.SendAsync(request, _ct);
    }

    [Fact]
    public async Task A_handled_unique_key_is_not_logged_as_an_error()
    {
        var key = Guid.NewGuid().ToString();
        (await PostWithKey(key, new { name = "洛宁县审计局", kind = "Finance" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var replayed = await PostWithKey(key, new { name = "洛宁县审计局", kind = "Finance" }); // the reservation hits the unique key: a replay
        replayed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var correlation = replayed.Headers.GetValues("X-Correlation-Id").Single();

        string[] lines = [];
        await Eventually.HoldsAsync(() => Task.FromResult((lines = [.. host.Logs.Lines.Where(l => l.Contains(correlation, StringComparison.Ordinal))]).Length > 0));
        lines.ShouldNotContain(l => l.StartsWith("[Error]", StringComparison.Ordinal)); // EF's failed-save entries are Information (below the default Warning override)
    }

    private async Task<HttpResponseMessage> PostWithKey(string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/platform/units") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await _admin.SendAsync(request, _ct);
    }

    private async Task<int> CountUnits()
    {
        var list = await Json(await _admin.GetAsync("/api/platform/units?limit=200", _ct));
        return list.GetProperty("items").GetArrayLength();
    }

    private async Task<JsonElement> Json(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct));
}
