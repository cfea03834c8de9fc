using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Wages.Tests;

/// <summary>
/// Wage-guarantee advances under the county's rule versions (each advance by the version in force on its date), and
/// subrogation: the fund becomes a class ① creditor for what it advanced and the employee's claim shrinks by it.
/// </summary>
public sealed class WageAdvanceTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Zhang = "11010519491231002X";
    private const string Wang = "110105194912310038";
    private const string Zhao = "41030519800101123X";

    private WagesCounty _county = null!;
    private HttpClient _hrss = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await WagesCounty.CreateAsync(host, TestContext.Current.CancellationToken);
        var units = await host.UnitsByKindAsync(_county.County, TestContext.Current.CancellationToken);
        _hrss = host.CreateClient(await host.CreateUnitUserAsync(_county.County, units["HumanResourcesSocialSecurity"], null,
            WagesPermissions.View, WagesPermissions.Advance, WagesPermissions.Rules));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<HttpResponseMessage> AdvanceAsync(Guid caseId, Guid employeeId, string on)
    {
        var (_, etag) = await _county.FileAsync(_hrss, caseId);
        return await _county.SendAsync(_hrss, HttpMethod.Post, $"/api/wages/cases/{caseId}/employees/{employeeId}/advance", etag, new { advancedOn = on });
    }

    private static JsonElement Employee(JsonElement file, string name) => file.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Each_advance_follows_the_rule_in_force_on_its_date_and_the_fund_is_subrogated_in_the_register()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId,
            WagesCounty.Employee("张三", Zhang, 36_000m, months: 6, compensation: 12_000m),
            WagesCounty.Employee("王五", Wang, 10_000.50m, months: 3),
            WagesCounty.Employee("赵六", Zhao, 7_000m, months: 4))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = (await c.FileAsync(c.Judge, caseId)).File;
        var zhang = Employee(file, "张三").GetProperty("id").GetGuid();
        var wang = Employee(file, "王五").GetProperty("id").GetGuid();
        var zhao = Employee(file, "赵六").GetProperty("id").GetGuid();

        var none = await AdvanceAsync(caseId, zhang, "2026-04-10");
        none.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.JsonAsync(none)).GetProperty("code").GetString().ShouldBe("wages.no_guarantee_rule");

        foreach (var rule in new[]
                 {
                     new { effectiveFrom = "2026-01-01", monthsCovered = 6, monthlyCap = 3_000m, fundName = "涧西区欠薪保障金" },
                     new { effectiveFrom = "2026-05-01", monthsCovered = 3, monthlyCap = 2_500m, fundName = "涧西区欠薪保障金" },
                 })
        {
            (await _hrss.PostAsJsonAsync("/api/wages/guarantee-rules", rule, c.Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await _hrss.PostAsJsonAsync("/api/wages/guarantee-rules", new { effectiveFrom = "2026-05-01", monthsCovered = 2, monthlyCap = 1m, fundName = "重复" }, c.Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict); // one version per date
        (await _hrss.GetFromJsonAsync<JsonElement>("/api/wages/guarantee-rules", c.Ct)).GetProperty("items").GetArrayLength().ShouldBe(2);

        // 04-10, the first version: 6 of 6 months × min(36,000 / 6, 3,000) = 18,000.
        var advanced = await AdvanceAsync(caseId, zhang, "2026-04-10");
        advanced.StatusCode.ShouldBe(HttpStatusCode.OK);
        file = await c.JsonAsync(advanced);
        (Employee(file, "张三").GetProperty("advanced").GetDecimal(), Employee(file, "张三").GetProperty("advanceRule").GetString()).ShouldBe((18_000m, "2026-01-01"));
        Employee(file, "张三").GetProperty("classOne").GetDecimal().ShouldBe(30_000m); // 36,000 + 12,000 − 18,000
        file.GetProperty("fund").GetProperty("amount").GetDecimal().ShouldBe(18_000m);
        (await AdvanceAsync(caseId, zhang, "2026-04-11")).StatusCode.ShouldBe(HttpStatusCode.Conflict); // once

        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-15", objectionDays = 15 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // After publication the register follows each advance: 05-10 under the second version, 3 × min(3,333.50, 2,500) = 7,500;
        // 04-30 under the first, 4 × min(1,750, 3,000) = 7,000 — all that 赵六 was owed.
        (await AdvanceAsync(caseId, wang, "2026-05-10")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AdvanceAsync(caseId, zhao, "2026-04-30")).StatusCode.ShouldBe(HttpStatusCode.OK);
        file = (await c.FileAsync(c.Judge, caseId)).File;
        (Employee(file, "王五").GetProperty("advanced").GetDecimal(), Employee(file, "王五").GetProperty("classOne").GetDecimal()).ShouldBe((7_500m, 2_500.50m));
        (Employee(file, "赵六").GetProperty("advanced").GetDecimal(), Employee(file, "赵六").GetProperty("classOne").GetDecimal()).ShouldBe((7_000m, 0m));
        file.GetProperty("fund").GetProperty("amount").GetDecimal().ShouldBe(32_500m);

        static string Line(JsonElement l) =>
            $"{l.GetProperty("creditor").GetString()}:{l.GetProperty("declared").GetDecimal():0.00}:{l.GetProperty("confirmedAmount").GetDecimal():0.00}:{l.GetProperty("review").GetString()}";
        // Each advance's lines arrive by their own message: wait for all of them.
        string[] expected = ["张三:48000.00:30000.00:PartlyConfirmed", "涧西区欠薪保障金:32500.00:32500.00:Confirmed", "王五:10000.50:2500.50:PartlyConfirmed", "赵六:7000.00:0.00:Rejected"];
        List<string> lines = [];
        await Eventually.HoldsAsync(async () => (lines = [.. (await c.RegisterAsync(caseId)).Where(l => l.GetProperty("sourceModule").GetString() == "wages").Select(Line)
            .Order(StringComparer.Ordinal)]).SequenceEqual(expected.Order(StringComparer.Ordinal)));
        lines.Count.ShouldBe(4);
        // Conservation: what the employees are still owed plus the fund's claim is what was listed.
        (30_000m + 2_500.50m + 0m + 32_500m).ShouldBe(48_000m + 10_000.50m + 7_000m);
    }

    [Fact]
    public async Task Advances_are_refused_before_acceptance_in_the_future_for_no_one_and_by_others()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId, WagesCounty.Employee("张三", Zhang, 6_000m, months: 2))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var zhang = Employee((await c.FileAsync(c.Judge, caseId)).File, "张三").GetProperty("id").GetGuid();
        (await _hrss.PostAsJsonAsync("/api/wages/guarantee-rules", new { effectiveFrom = "2025-01-01", monthsCovered = 6, monthlyCap = 2_000m, fundName = "保障金" }, c.Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var bad in new object[]
                 {
                     new { effectiveFrom = "2026-01-01", monthsCovered = 0, monthlyCap = 2_000m, fundName = "保障金" },
                     new { effectiveFrom = "2026-01-01", monthsCovered = 6, monthlyCap = 0m, fundName = "保障金" },
                     new { effectiveFrom = "2026-01-01", monthsCovered = 6, monthlyCap = 2_000m, fundName = "" },
                 })
        {
            (await _hrss.PostAsJsonAsync("/api/wages/guarantee-rules", bad, c.Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var (_, etag) = await c.FileAsync(_hrss, caseId);
        (await AdvanceAsync(caseId, zhang, "2026-03-09")).StatusCode.ShouldBe((HttpStatusCode)422); // before the acceptance
        (await AdvanceAsync(caseId, zhang, "2099-01-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AdvanceAsync(caseId, Guid.NewGuid(), "2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await c.SendAsync(c.Administrator, HttpMethod.Post, $"/api/wages/cases/{caseId}/employees/{zhang}/advance", etag, new { advancedOn = "2026-04-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden); // the administrator does not pay advances
        (await c.Administrator.PostAsJsonAsync("/api/wages/guarantee-rules", new { effectiveFrom = "2026-02-01", monthsCovered = 6, monthlyCap = 2_000m, fundName = "x" }, c.Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.FileAsync(_hrss, caseId)).ETag.ShouldBe(etag);

        var other = await WagesCounty.CreateAsync(host, c.Ct);
        (await other.Judge.GetFromJsonAsync<JsonElement>("/api/wages/guarantee-rules", c.Ct)).GetProperty("items").GetArrayLength().ShouldBe(0); // the county's own rules

        // 2 months × min(3,000, 2,000) = 4,000 of the 6,000 owed.
        (await AdvanceAsync(caseId, zhang, "2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.OK);
        Employee((await c.FileAsync(c.Judge, caseId)).File, "张三").GetProperty("classOne").GetDecimal().ShouldBe(2_000m);
    }
}
