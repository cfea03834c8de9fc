using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The creditors' committee: at most nine members with an employee or union representative (art. 67); its decisions and consents (arts. 68–69).</summary>
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
        (await _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Consent", subject = "转让对外投资", text = "同意", on = "2026-05-01" }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.UnprocessableEntity); // no committee yet

        var creditors = Enumerable.Range(1, 9).Select(i => new { name = $"债权人{i}", role = "Creditor" }).ToArray();
        var noEmployees = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors });
        (noEmployees.StatusCode, (await _api.JsonAsync(noEmployees)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.committee_without_employees"));
        var tooMany = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors.Append(new { name = "职工代表", role = "EmployeeRepresentative" }).ToArray() });
        (await _api.JsonAsync(tooMany)).GetProperty("code").GetString().ShouldBe("cases.committee_size");

        var set = await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors[..8].Append(new { name = "职工代表", role = "EmployeeRepresentative" }).ToArray() });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = creditors[..2].Append(new { name = "工会代表", role = "UnionRepresentative" }).ToArray() })).StatusCode
            .ShouldBe(HttpStatusCode.PreconditionFailed); // based on the empty committee: stale
        (await _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Consent", subject = "转让对外投资（第六十九条）", text = "同意以不低于评估价转让", on = "2026-05-01" }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.Created);

        var committee = await _client.GetFromJsonAsync<JsonElement>(url, _ct);
        committee.GetProperty("members").GetArrayLength().ShouldBe(9);
        committee.GetProperty("decisions").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("Consent");
    }

    [Fact]
    public async Task Eight_decisions_recorded_at_the_same_moment_all_succeed_with_their_own_numbers()
    {
        var (caseId, _) = await _api.RegisterAsync(2);
        var url = $"/api/cases/{caseId}/committee";
        (await _api.SendAsync(HttpMethod.Put, url, "\"0\"", new { members = new[] { new { name = "甲银行", role = "Creditor" }, new { name = "职工代表", role = "EmployeeRepresentative" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Decisions never conflict (no version is asked): several members' clerks recording at once all succeed.
        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            _client.PostAsJsonAsync($"{url}/decisions", new { kind = "Resolution", subject = $"第{i}项决议", text = "通过", on = "2026-05-01" }, _ct)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var decisions = (await _client.GetFromJsonAsync<JsonElement>(url, _ct)).GetProperty("decisions").EnumerateArray().ToList();
        decisions.Select(d => d.GetProperty("subject").GetString()).Order().ShouldBe(Enumerable.Range(1, 8).Select(i => $"第{i}项决议").Order());
        decisions.Select(d => d.GetProperty("number").GetInt32()).ShouldBe(Enumerable.Range(1, 8));
    }
}
