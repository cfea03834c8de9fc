using System.Net;
using System.Text.Json;

namespace Liandong.Bankruptcy.Wages.Tests;

/// <summary>
/// The labour contracts end on the declaration (Labour Contract Law art. 44(4)): the declaration asks HRSS for the
/// resettlement items, once; the representatives for the meeting and the committee; a list past the county's
/// thresholds opens a stability matter in Coordination, once; wages of continued operation are common-benefit debts.
/// </summary>
public sealed class ResettlementTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Zhang = "11010519491231002X";
    private const string Wang = "110105194912310038";
    private const string Li = "110105200001010016";

    private WagesCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await WagesCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_declaration_asks_hrss_for_the_resettlement_items_and_the_contracts_end_that_day()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AdvanceAsync(caseId, "DeclareBankruptcy", "2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.OK);
        string[] kinds = ["hrss.resettlement.contracts", "hrss.resettlement.personnel_files", "hrss.resettlement.unemployment", "hrss.resettlement.insurance_transfer"];
        await Eventually.HoldsAsync(async () => (await c.ItemsAsync(caseId)).Count(i => i.GetProperty("kind").GetString()!.StartsWith("hrss.resettlement.", StringComparison.Ordinal)) == 4);
        var items = (await c.ItemsAsync(caseId)).Where(i => i.GetProperty("kind").GetString()!.StartsWith("hrss.resettlement.", StringComparison.Ordinal)).ToList();
        items.Select(i => i.GetProperty("kind").GetString()).Order().ShouldBe(kinds.Order());
        items.ShouldAllBe(i => i.GetProperty("dueOn").GetString() == "2026-05-06"); // 30 days end on 05-01, in the Labour Day holiday (05-01 to 05-05)
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("contractsEndedOn").GetString().ShouldBe("2026-04-01");
    }

    [Fact]
    public async Task Representatives_are_employees_on_the_list_and_the_committee_member_one_of_them()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId, WagesCounty.Employee("张三", Zhang, 30_000m), WagesCounty.Employee("王五", Wang, 12_000m))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = (await c.FileAsync(c.Judge, caseId)).File;
        Guid Id(string name) => file.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        var (zhang, wang) = (Id("张三"), Id("王五"));

        (await c.StepAsync(caseId, "representatives", new { employeeIds = new[] { zhang }, committeeRepresentativeId = wang }, HttpMethod.Put))
            .StatusCode.ShouldBe((HttpStatusCode)422);
        (await c.StepAsync(caseId, "representatives", new { employeeIds = new[] { zhang, Guid.NewGuid() } }, HttpMethod.Put)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await c.StepAsync(caseId, "representatives", new { employeeIds = new[] { zhang, zhang } }, HttpMethod.Put)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(caseId, "representatives", new { employeeIds = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()) }, HttpMethod.Put))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var chosen = await c.StepAsync(caseId, "representatives", new { employeeIds = new[] { zhang, wang }, committeeRepresentativeId = wang }, HttpMethod.Put);
        chosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await c.JsonAsync(chosen);
        json.GetProperty("committeeRepresentativeId").GetGuid().ShouldBe(wang);
        json.GetProperty("employees").EnumerateArray().Count(e => e.GetProperty("representative").GetBoolean()).ShouldBe(2);
        var cleared = await c.StepAsync(caseId, "representatives", new { employeeIds = new[] { zhang } }, HttpMethod.Put);
        (await c.JsonAsync(cleared)).GetProperty("employees").EnumerateArray().Count(e => e.GetProperty("representative").GetBoolean()).ShouldBe(1);
    }

    [Fact]
    public async Task A_list_reaching_the_county_threshold_opens_one_stability_matter_in_coordination()
    {
        var c = _county;
        var threshold = await c.Hrss.GetAsync("/api/wages/stability-threshold", c.Ct);
        var defaults = await c.JsonAsync(threshold);
        (defaults.GetProperty("employees").GetInt32(), defaults.GetProperty("countyDefault").GetBoolean()).ShouldBe((50, true));
        (await c.SendAsync(c.Administrator, HttpMethod.Put, "/api/wages/stability-threshold", threshold.Headers.ETag!.Tag, new { employees = 3, arrears = 50_000m }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.SendAsync(c.Hrss, HttpMethod.Put, "/api/wages/stability-threshold", threshold.Headers.ETag!.Tag, new { employees = 0, arrears = 50_000m }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var set = await c.SendAsync(c.Hrss, HttpMethod.Put, "/api/wages/stability-threshold", threshold.Headers.ETag!.Tag, new { employees = 3, arrears = 50_000m });
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.SendAsync(c.Hrss, HttpMethod.Put, "/api/wages/stability-threshold", threshold.Headers.ETag!.Tag, new { employees = 4, arrears = 50_000m }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        // Two employees owed 49,999.99 in class ①: below both thresholds (compared exactly).
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId, WagesCounty.Employee("张三", Zhang, 30_000m), WagesCounty.Employee("王五", Wang, 19_999.99m))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("stabilityRiskOn").ValueKind.ShouldBe(JsonValueKind.Null);

        // A third employee: three employees and 50,009.99 — both reached, a major matter linked to the case, once.
        (await c.AddAsync(caseId, WagesCounty.Employee("李四", Li, 10m))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("stabilityRiskOn").ValueKind.ShouldBe(JsonValueKind.String);
        await Eventually.HoldsAsync(async () => (await c.RisksAsync()).Any(r => r.GetProperty("links").EnumerateArray().Any(l => l.GetProperty("targetId").GetGuid() == caseId)));
        var risk = (await c.RisksAsync()).Single(r => r.GetProperty("links").EnumerateArray().Any(l => l.GetProperty("targetId").GetGuid() == caseId));
        (risk.GetProperty("kind").GetString(), risk.GetProperty("level").GetString()).ShouldBe(("SocialStability", "Major"));
        risk.GetProperty("ownerUnitName").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Wages_of_continued_operation_are_booked_by_month_and_paid_never_in_the_register()
    {
        var c = _county;
        var caseId = await c.CaseAsync(); // accepted 2026-03-10
        (await c.StepAsync(caseId, "continued-operation", new { month = "2026-02", employees = 10, amount = 50_000m })).StatusCode.ShouldBe((HttpStatusCode)422);
        (await c.StepAsync(caseId, "continued-operation", new { month = "2026-3", employees = 10, amount = 50_000m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(caseId, "continued-operation", new { month = "2026-03", employees = 10, amount = 50_000.001m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(caseId, "continued-operation", new { month = "2026-03", employees = 10, amount = 50_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(caseId, "continued-operation", new { month = "2026-03", employees = 9, amount = 45_000m })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var booked = await c.StepAsync(caseId, "continued-operation", new { month = "2026-04", employees = 9, amount = 45_000m, paidOn = "2026-05-08" });
        var months = (await c.JsonAsync(booked)).GetProperty("continuedOperation").EnumerateArray().ToList();
        months.Select(m => (m.GetProperty("month").GetString(), m.GetProperty("paidOn").ValueKind)).ShouldBe([("2026-03", JsonValueKind.Null), ("2026-04", JsonValueKind.String)]);
        var march = months[0].GetProperty("id").GetGuid();
        (await c.StepAsync(caseId, $"continued-operation/{march}/payment", new { paidOn = "2026-04-10" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(caseId, $"continued-operation/{march}/payment", new { paidOn = "2026-04-11" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.StepAsync(caseId, $"continued-operation/{Guid.NewGuid()}/payment", new { paidOn = "2026-04-11" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await c.RegisterAsync(caseId)).ShouldBeEmpty();
    }
}
