using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>
/// The creditors' committee: at most nine members with an employee or union representative, serving once the court
/// approves them (art. 67); its decisions and consents (arts. 68–69), each by a majority of all members (Interpretation III art. 13).
/// </summary>
public sealed class CommitteeTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Claims, CasesPermissions.ManageClaims));
        _api = new CasesApi(_client, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_committee_has_at_most_nine_members_one_for_the_employees_and_records_its_consents()
    {
        var (caseId, _) = await _api.RegisterAsync(1);
        var url = $"/api/cases/{caseId}/committee";
        var empty = await _client.GetAsync(url, _ct);
        empty.Headers.ETag!.Tag.ShouldBe("\"0\"");
        (await _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Consent", subject = "转让对外投资", text = "同意", on = "2026-05-01", votesFor = 5 }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.UnprocessableEntity); // no committee yet

        var creditors = Enumerable.Range(1, 9).Select(i => new { name = $"债权人{i}", role = "Creditor" }).ToArray();
        var noEmployees = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors });
        (noEmployees.StatusCode, (await _api.JsonAsync(noEmployees)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.committee_without_employees"));
        var tooMany = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors.Append(new { name = "职工代表", role = "EmployeeRepresentative" }).ToArray() });
        (await _api.JsonAsync(tooMany)).GetProperty("code").GetString().ShouldBe("cases.committee_size");

        var set = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new
        {
            members = creditors[..8].Append(new { name = "职工代表", role = "EmployeeRepresentative" }).ToArray(),
            approval = new { number = "(2026)豫0000破1号之五", date = "2026-04-30", kind = "决定书" }, // art. 67(2)
        });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors[..2].Append(new { name = "工会代表", role = "UnionRepresentative" }).ToArray() })).StatusCode
            .ShouldBe(HttpStatusCode.PreconditionFailed); // based on the empty committee: stale
        (await _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Consent", subject = "转让对外投资（第六十九条）", text = "同意以不低于评估价转让", on = "2026-05-01", votesFor = 5 }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.Created); // 5 of 9 is a majority of all members

        var committee = await _client.GetFromJsonAsync<JsonElement>(url, _ct);
        committee.GetProperty("members").GetArrayLength().ShouldBe(9);
        committee.GetProperty("decisions").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("Consent");
    }

    [Fact]
    public async Task Eight_decisions_recorded_at_the_same_moment_all_succeed_with_their_own_numbers()
    {
        var (caseId, _) = await _api.RegisterAsync(2);
        var url = $"/api/cases/{caseId}/committee";
        (await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new
            {
                members = new[] { new { name = "甲银行", role = "Creditor" }, new { name = "职工代表", role = "EmployeeRepresentative" } },
                approval = new { number = "(2026)豫0000破2号之一", date = "2026-04-30", kind = "决定书" },
            }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Decisions never conflict (no version is asked): several members' clerks recording at once all succeed.
        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Resolution", subject = $"第{i}项决议", text = "通过", on = "2026-05-01", votesFor = 2 }, _ct)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var decisions = (await _client.GetFromJsonAsync<JsonElement>(url, _ct)).GetProperty("decisions").EnumerateArray().ToList();
        decisions.Select(d => d.GetProperty("subject").GetString()).Order().ShouldBe(Enumerable.Range(1, 8).Select(i => $"第{i}项决议").Order());
        decisions.Select(d => d.GetProperty("number").GetInt32()).ShouldBe(Enumerable.Range(1, 8));
    }

    [Fact]
    public async Task A_committee_decides_only_once_the_court_approved_it_and_by_a_majority_of_all_members_art_67_interpretation_iii_13()
    {
        var (caseId, _) = await _api.RegisterAsync(3);
        var url = $"/api/cases/{caseId}/committee";
        var members = new[] { new { name = "甲", role = "Creditor" }, new { name = "乙", role = "Creditor" }, new { name = "丙", role = "Creditor" }, new { name = "职工代表", role = "EmployeeRepresentative" } };
        var chosen = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members });
        chosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        async Task<(HttpStatusCode, string?)> Decide(int votesFor)
        {
            var response = await _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Resolution", subject = "聘请审计机构", text = "同意", on = "2026-05-10", votesFor }, _ct);
            return (response.StatusCode, response.StatusCode == HttpStatusCode.Created ? null : (await _api.JsonAsync(response)).GetProperty("code").GetString());
        }

        (await Decide(4)).ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.committee_not_approved")); // chosen, not yet approved (art. 67(2))
        (await _api.SendAsync(HttpMethod.Put, url, chosen.Headers.ETag!.Tag, new { members, approval = new { number = "(2026)豫0000破3号之一", date = "2026-05-05", kind = "决定书" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Decide(2)).ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.committee_majority")); // 2 of 4 is half, not more than half
        (await Decide(5)).ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.committee_majority")); // more than it has
        (await Decide(3)).ShouldBe((HttpStatusCode.Created, (string?)null));                          // 3 of 4
        var committee = await _client.GetFromJsonAsync<JsonElement>(url, _ct);
        committee.GetProperty("decisions").EnumerateArray().Single().GetProperty("votesFor").GetInt32().ShouldBe(3);
        committee.GetProperty("approval").GetProperty("number").GetString().ShouldBe("(2026)豫0000破3号之一");
    }
}
