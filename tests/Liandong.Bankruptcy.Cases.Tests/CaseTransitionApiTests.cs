using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>Advancing a case over HTTP: rulings, the timeline, versions, and refusals that change nothing.</summary>
public sealed class CaseTransitionApiTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private TestUser _judge = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _judge = await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance);
        _client = host.CreateClient(_judge);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_judge_accepts_and_declares_and_the_timeline_keeps_each_ruling_with_who_and_when()
    {
        var (id, etag) = await Register(1);

        var accepted = await Advance(id, etag, "AcceptLiquidation", null, "受理裁定");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var declared = await Advance(id, accepted.Headers.ETag!.Tag, "DeclareBankruptcy", null, "宣告破产裁定");
        declared.StatusCode.ShouldBe(HttpStatusCode.OK);

        var body = await Json(declared);
        body.GetProperty("state").GetString().ShouldBe("Declared");
        body.GetProperty("procedure").GetString().ShouldBe("Liquidation");
        var timeline = await Json(await _client.GetAsync($"/api/cases/{id}/timeline", _ct));
        timeline.EnumerateArray().Select(s => (s.GetProperty("fromState").GetString(), s.GetProperty("toState").GetString(), s.GetProperty("rulingKind").GetString()))
            .ShouldBe([("Registered", "Accepted", "受理裁定"), ("Accepted", "Declared", "宣告破产裁定")]);
        timeline[0].GetProperty("by").GetGuid().ShouldBe(_judge.UserId);
    }

    [Fact]
    public async Task A_ruling_dated_before_the_application_was_received_or_a_later_step_before_the_acceptance_is_422_and_changes_nothing()
    {
        var registered = await _client.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){_county.CourtCode}破申31号", procedure = "ApplicationReview", receivedOn = "2026-03-02", applicant = "Debtor",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await Json(registered)).GetProperty("id").GetGuid();
        var etag = registered.Headers.ETag!.Tag;

        var early = await Advance(id, etag, "AcceptLiquidation", null, "受理裁定", date: "2026-03-01");
        early.StatusCode.ShouldBe((HttpStatusCode)422);
        var refused = await Json(early);
        refused.GetProperty("code").GetString().ShouldBe("cases.ruling_before_receipt");
        refused.GetProperty("title").GetString()!.ShouldContain("2026-03-01"); // the error names both dates
        refused.GetProperty("title").GetString()!.ShouldContain("2026-03-02");
        (await _client.GetAsync($"/api/cases/{id}", _ct)).Headers.ETag!.Tag.ShouldBe(etag);

        var sameDay = await Advance(id, etag, "AcceptLiquidation", null, "受理裁定", date: "2026-03-02"); // received and accepted the same day
        sameDay.StatusCode.ShouldBe(HttpStatusCode.OK);
        var beforeAcceptance = await Advance(id, sameDay.Headers.ETag!.Tag, "DeclareBankruptcy", null, "宣告破产裁定", date: "2026-03-01");
        beforeAcceptance.StatusCode.ShouldBe((HttpStatusCode)422);
        (await Json(await _client.GetAsync($"/api/cases/{id}", _ct))).GetProperty("state").GetString().ShouldBe("Accepted");
    }

    [Fact]
    public async Task A_step_the_law_does_not_allow_is_409_and_changes_nothing()
    {
        var (id, etag) = await Register(2);

        var refused = await Advance(id, etag, "DeclareBankruptcy", null, "宣告破产裁定");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await Json(refused);
        problem.GetProperty("code").GetString().ShouldBe("cases.invalid_transition");
        problem.GetProperty("title").GetString()!.ShouldContain("Registered");
        var read = await _client.GetAsync($"/api/cases/{id}", _ct);
        read.Headers.ETag!.Tag.ShouldBe(etag);
        (await Json(await _client.GetAsync($"/api/cases/{id}/timeline", _ct))).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_termination_names_its_basis_and_a_stale_or_missing_version_is_refused()
    {
        var (id, etag) = await Register(3);
        var accepted = await Advance(id, etag, "AcceptLiquidation", null, "受理裁定");

        (await Advance(id, etag, "DeclareBankruptcy", null, "宣告破产裁定")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Advance(id, null, "DeclareBankruptcy", null, "宣告破产裁定")).StatusCode.ShouldBe((HttpStatusCode)428);
        (await Advance(id, accepted.Headers.ETag!.Tag, "Terminate", null, "终结裁定")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var terminated = await Advance(id, accepted.Headers.ETag!.Tag, "Terminate", "Art105", "终结裁定");
        terminated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(terminated)).GetProperty("state").GetString().ShouldBe("Terminated");
    }

    [Fact]
    public async Task Rulings_start_their_statutory_deadlines_over_the_countys_holiday_calendar()
    {
        // 涧西区 of the reference data: its calendar holds the national arrangements of 2025 and 2026.
        var jianxi = new TestCounty(
            await host.Database.ScalarAsOwnerAsync<Guid>("SELECT id FROM platform.counties WHERE division_code = '410305'"), "410305", "涧西区")
        { CourtCode = "豫0305" };
        using var judge = host.CreateClient(await host.CreateUserAsync(jianxi, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026)豫0305破申{Random.Shared.Next(1, 99999)}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "涧西某某有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        var id = (await Json(registered)).GetProperty("id").GetGuid();

        var accepted = await Advance(id, registered.Headers.ETag!.Tag, "AcceptLiquidation", null, "受理裁定", judge, "2026-09-10");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = (await Json(accepted)).GetProperty("deadlines").EnumerateArray().ToList();
        started.Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("due").GetString()))
            .ShouldBe([("AcceptanceService", "2026-09-15"), ("Announcement", "2026-10-08")]); // art. 11(1): 5 days; art. 14: 25 days
        var announcement = started[1];
        announcement.GetProperty("due").GetString().ShouldBe("2026-10-08"); // day 25 is 10-05, inside National Day
        announcement.GetProperty("provisional").GetBoolean().ShouldBeFalse();

        var terminated = await Advance(id, accepted.Headers.ETag!.Tag, "Terminate", "Art43", "终结裁定", judge, "2026-12-25");
        terminated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var deregistration = (await Json(terminated)).GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "DeregistrationApplication");
        deregistration.GetProperty("due").GetString().ShouldBe("2027-01-04");
        deregistration.GetProperty("provisional").GetBoolean().ShouldBeTrue(); // 2027's arrangement is not known yet
    }

    [Fact]
    public async Task A_transition_without_a_ruling_is_400()
    {
        var (id, etag) = await Register(4);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/transitions") { Content = JsonContent.Create(new { action = "AcceptLiquidation" }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        var response = await _client.SendAsync(request, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errorCodes").GetProperty("ruling")[0].GetString().ShouldBe("validation.required");
    }

    [Fact]
    public async Task The_plan_period_is_extended_once_a_second_extension_is_409_and_one_after_expiry_422()
    {
        var (id, etag) = await Register(5);
        var ruled = await Advance(id, etag, "AcceptReorganization", null, "重整裁定", date: "2026-03-31");
        var extended = await Advance(id, ruled.Headers.ETag!.Tag, "ExtendPlanPeriod", null, "延期裁定", date: "2026-09-30");
        extended.StatusCode.ShouldBe(HttpStatusCode.OK);
        var plan = (await Json(extended)).GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "ReorganizationPlan");
        plan.GetProperty("due").GetString().ShouldBe("2026-12-30"); // 3 months after the first period's end 09-30 (art. 79(2)); was 12-31

        var again = await Advance(id, extended.Headers.ETag!.Tag, "ExtendPlanPeriod", null, "延期裁定", date: "2026-10-09");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(again)).GetProperty("code").GetString().ShouldBe("cases.plan_period_already_extended");

        var (late, lateETag) = await Register(6);
        var lateRuled = await Advance(late, lateETag, "AcceptReorganization", null, "重整裁定", date: "2026-03-31");
        var expired = await Advance(late, lateRuled.Headers.ETag!.Tag, "ExtendPlanPeriod", null, "延期裁定", date: "2026-10-01");
        expired.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(expired)).GetProperty("code").GetString().ShouldBe("cases.plan_period_expired");
        (await Json(await _client.GetAsync($"/api/cases/{late}/timeline", _ct))).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_list_filters_by_state_procedure_overdue_and_cases_without_a_judge()
    {
        var (accepted, etag) = await Register(7);
        var (registered, _) = await Register(8);
        (await Advance(accepted, etag, "AcceptLiquidation", null, "受理裁定")).StatusCode.ShouldBe(HttpStatusCode.OK);

        async Task<List<Guid>> Ids(string query) =>
            [.. (await Json(await _client.GetAsync($"/api/cases?{query}", _ct))).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];

        (await Ids("state=Accepted")).ShouldContain(accepted);
        (await Ids("state=Accepted")).ShouldNotContain(registered);
        (await Ids("procedure=ApplicationReview")).ShouldContain(registered);
        (await Ids("procedure=ApplicationReview")).ShouldNotContain(accepted);
        (await _client.GetAsync("/api/cases?state=Nonsense", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await Ids("overdue=true")).ShouldContain(accepted); // its announcement was due 2026-03-27
        (await Ids("overdue=true")).ShouldNotContain(registered);
        (await Ids("withoutJudge=true")).ShouldContain(registered); // registered by someone outside the court: no presiding judge yet
    }

    [Fact]
    public async Task The_case_page_shows_the_case_to_its_county_and_answers_404_to_another()
    {
        var (id, _) = await Register(9);
        var other = await host.CreateCountyAsync();
        using var outsider = host.CreateClient(await host.CreateUserAsync(other, CasesPermissions.View, CasesPermissions.Advance));

        var own = await _client.GetAsync($"/cases/{id}", _ct);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync(_ct)).ShouldContain($"(2026){_county.CourtCode}破申9号");
        (await outsider.GetAsync($"/cases/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<(Guid Id, string ETag)> Register(int sequence) => new CasesApi(_client, _county, _ct).RegisterAsync(sequence);

    private Task<HttpResponseMessage> Advance(
        Guid id, string? etag, string action, string? basis, string kind, HttpClient? client = null, string date = "2026-03-02") =>
        new CasesApi(client ?? _client, _county, _ct).AdvanceAsync(id, etag, action, basis, kind, date);

    private async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
}
