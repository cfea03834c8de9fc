using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Persistence.Migrations;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>
/// The presiding judge and the panel are members of the county's court, not typed names: the desk, the deadlines and
/// the filters follow the member; cases from before are matched by name, and the rest listed for the administrator.
/// </summary>
public sealed class JudgesAsMembersTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private TestUser _presiding = null!;
    private TestUser _colleague = null!;
    private TestUser _taxOfficer = null!;
    private HttpClient _judge = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(_county);
        Dictionary<string, Guid> units = [];
        using (var admin = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.UnitsView)))
        {
            foreach (var unit in (await admin.GetFromJsonAsync<JsonElement>("/api/platform/units?limit=200", _ct)).GetProperty("items").EnumerateArray())
            {
                units.TryAdd(unit.GetProperty("kind").GetString()!, unit.GetProperty("id").GetGuid());
            }
        }

        _presiding = await host.CreateUnitUserAsync(_county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.AssignJudges);
        _colleague = await host.CreateUnitUserAsync(_county, units["Court"], null, CasesPermissions.View);
        _taxOfficer = await host.CreateUnitUserAsync(_county, units["Tax"], null, CasesPermissions.View, CasesPermissions.Register);
        await NameAsync(_presiding, "王法官");
        await NameAsync(_colleague, "李法官");
        await NameAsync(_taxOfficer, "赵科长");
        _judge = host.CreateClient(_presiding);
    }

    public ValueTask DisposeAsync()
    {
        _judge.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_case_a_judge_registers_is_on_their_desk_and_deadlines_and_on_the_panel_members_too()
    {
        var mine = await RegisterAsync(1, new { panelIds = new[] { _colleague.UserId } });
        mine.GetProperty("presidingJudgeId").GetGuid().ShouldBe(_presiding.UserId); // the signed-in judge by default
        mine.GetProperty("presidingJudge").GetString().ShouldBe("王法官");
        mine.GetProperty("panel").EnumerateArray().Select(p => p.GetString()).ShouldBe(["李法官"]);
        var theirs = await RegisterAsync(2, new { presidingJudgeId = _colleague.UserId });
        theirs.GetProperty("presidingJudge").GetString().ShouldBe("李法官");

        (await CaseIdsAsync($"judgeId={_presiding.UserId}")).ShouldBe([mine.GetProperty("id").GetGuid()]);
        (await CaseIdsAsync($"judgeId={_colleague.UserId}")).ShouldBe([theirs.GetProperty("id").GetGuid(), mine.GetProperty("id").GetGuid()], ignoreOrder: true);

        var deadlines = await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/deadlines?until=2026-12-31&judgeId={_presiding.UserId}", _ct);
        deadlines.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("caseId").GetGuid()).Distinct()
            .ShouldBe([mine.GetProperty("id").GetGuid()]); // the review deadline of the judge's case, not the colleague's own

        var judges = await _judge.GetFromJsonAsync<JsonElement>("/api/cases/judges", _ct);
        judges.EnumerateArray().Select(j => j.GetProperty("name").GetString()).ShouldBe(["李法官", "王法官"], ignoreOrder: true); // the court's, not the tax officer
    }

    [Fact]
    public async Task A_judge_who_is_not_a_member_of_the_court_is_refused_and_nothing_is_registered()
    {
        var outsider = await PostAsync(3, new { presidingJudgeId = _taxOfficer.UserId });
        outsider.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await outsider.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("cases.not_a_court_member");
        (await PostAsync(3, new { panelIds = new[] { Guid.NewGuid() } })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PostAsync(3, new { panelIds = Enumerable.Range(0, 7).Select(_ => _colleague.UserId).ToArray() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CaseIdsAsync("")).ShouldBeEmpty(); // nothing registered by the refusals

        using var tax = host.CreateClient(_taxOfficer);
        var byTax = await tax.PostAsJsonAsync("/api/cases", Body(3, new { }), _ct); // someone outside the court: no default judge
        byTax.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await byTax.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("presidingJudgeId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_court_reassigns_a_case_and_a_stale_version_or_a_user_without_the_permission_is_refused()
    {
        var registered = await PostAsync(4, new { });
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        var etag = registered.Headers.ETag!.Tag;

        (await PutJudgesAsync(_judge, id, etag, new { panelIds = new[] { _colleague.UserId } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // who presides is required
        var moved = await PutJudgesAsync(_judge, id, etag, new { presidingJudgeId = _colleague.UserId, panelIds = new[] { _presiding.UserId } });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await moved.Content.ReadFromJsonAsync<JsonElement>(_ct);
        (body.GetProperty("presidingJudge").GetString(), body.GetProperty("panel")[0].GetString()).ShouldBe(("李法官", "王法官"));
        (await PutJudgesAsync(_judge, id, etag, new { presidingJudgeId = _presiding.UserId })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed); // stale

        using var tax = host.CreateClient(_taxOfficer);
        (await PutJudgesAsync(tax, id, moved.Headers.ETag!.Tag, new { presidingJudgeId = _presiding.UserId })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CaseIdsAsync($"judgeId={_colleague.UserId}")).ShouldBe([id]);
    }

    [Fact]
    public async Task Cases_from_before_take_the_member_whose_name_they_recorded_and_the_rest_are_listed_for_the_administrator()
    {
        var matched = (await RegisterAsync(5, new { })).GetProperty("id").GetGuid();
        var unmatched = (await RegisterAsync(6, new { })).GetProperty("id").GetGuid();
        // As the cases were before judges were members: a typed name, no reference.
        await host.Database.ExecuteAsOwnerAsync(
            "UPDATE cases.cases SET presiding_judge_id = NULL, presiding_judge = '李法官', panel = '{王法官}', panel_ids = '{}' WHERE id = @id", ("id", matched));
        await host.Database.ExecuteAsOwnerAsync(
            "UPDATE cases.cases SET presiding_judge_id = NULL, presiding_judge = '破产审判法官', panel = '{王法官,孙法官}', panel_ids = '{}' WHERE id = @id", ("id", unmatched));
        (await CaseIdsAsync("withoutJudge=true")).ShouldBe([matched, unmatched], ignoreOrder: true);

        await host.Database.ExecuteAsOwnerAsync(JudgeMatchingSql.Match);

        var taken = await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/{matched}", _ct);
        taken.GetProperty("presidingJudgeId").GetGuid().ShouldBe(_colleague.UserId);
        taken.GetProperty("panelIds").EnumerateArray().Select(p => p.GetGuid()).ShouldBe([_presiding.UserId]);
        var left = await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/{unmatched}", _ct);
        left.GetProperty("presidingJudgeId").ValueKind.ShouldBe(JsonValueKind.Null);
        left.GetProperty("panelIds").GetArrayLength().ShouldBe(0); // 孙法官 is no member: the panel waits for the administrator too
        (await CaseIdsAsync("withoutJudge=true")).ShouldBe([unmatched]);
    }

    private Task NameAsync(TestUser user, string name) =>
        host.Database.ExecuteAsOwnerAsync("UPDATE platform.memberships SET display_name = @name WHERE user_id = @id", ("name", name), ("id", user.UserId));

    private Dictionary<string, object?> Body(int sequence, object extra)
    {
        var body = new Dictionary<string, object?>
        {
            ["caseNumber"] = $"(2026){_county.CourtCode}破申{sequence}号", ["procedure"] = "ApplicationReview", ["receivedOn"] = "2026-11-02", ["applicant"] = "Debtor",
            ["debtors"] = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        };
        foreach (var property in extra.GetType().GetProperties())
        {
            body[property.Name] = property.GetValue(extra);
        }

        return body;
    }

    private Task<HttpResponseMessage> PostAsync(int sequence, object extra) => _judge.PostAsJsonAsync("/api/cases", Body(sequence, extra), _ct);

    private async Task<JsonElement> RegisterAsync(int sequence, object extra)
    {
        var response = await PostAsync(sequence, extra);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
    }

    private async Task<List<Guid>> CaseIdsAsync(string query) =>
        [.. (await _judge.GetFromJsonAsync<JsonElement>($"/api/cases?{query}", _ct)).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];

    private async Task<HttpResponseMessage> PutJudgesAsync(HttpClient client, Guid id, string etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/cases/{id}/judges") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await client.SendAsync(request, _ct);
    }
}
