using System.Net;
using System.Text.Json;

namespace Liandong.Bankruptcy.Wages.Tests;

/// <summary>
/// Art. 48: after the list is published an employee may object within the period; the administrator upholds (the
/// amounts corrected, and the claims register with them) or dismisses (15 days to sue, SPC Interpretation III art. 8).
/// </summary>
public sealed class ObjectionTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Zhang = "11010519491231002X";
    private const string Wang = "110105194912310038";

    private WagesCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await WagesCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static JsonElement Employee(JsonElement file, string name) => file.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    [Fact]
    public async Task An_upheld_objection_corrects_the_amounts_and_the_register_and_a_dismissed_one_leaves_fifteen_days_to_sue()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId, WagesCounty.Employee("张三", Zhang, 30_000m, months: 5), WagesCounty.Employee("王五", Wang, 12_000m, months: 4))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = (await c.FileAsync(c.Judge, caseId)).File;
        var zhang = Employee(file, "张三").GetProperty("id").GetGuid();
        var wang = Employee(file, "王五").GetProperty("id").GetGuid();

        var early = await c.StepAsync(caseId, $"employees/{zhang}/objection", new { reason = "少算一个月", objectedOn = "2026-04-01" });
        (early.StatusCode, (await c.JsonAsync(early)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.Conflict, "wages.not_published"));

        // Published Wednesday 04-01 for 15 days: objections until 04-16.
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-01", objectionDays = 15 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(caseId, $"employees/{zhang}/objection", new { reason = "少算一个月", objectedOn = "2026-04-17" })).StatusCode.ShouldBe((HttpStatusCode)422);
        (await c.StepAsync(caseId, $"employees/{zhang}/objection", new { reason = "少算一个月", objectedOn = "2026-04-16" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(caseId, $"employees/{zhang}/objection", new { reason = "又一个", objectedOn = "2026-04-16" })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // one open
        (await c.StepAsync(caseId, $"employees/{wang}/objection", new { reason = "补偿金未列", objectedOn = "2026-04-10" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Upheld: six months, 36,000 — in the register too.
        (await c.StepAsync(caseId, $"employees/{zhang}/objection/review", new { upheld = true, reason = "核实考勤", reviewedOn = "2026-04-15" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // upheld needs the corrected amounts
        (await c.StepAsync(caseId, $"employees/{zhang}/objection/review", new { upheld = true, corrected = new { monthsOwed = 6, wages = 36_000m }, reason = "核实考勤", reviewedOn = "2026-04-15" }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // before the objection
        var upheld = await c.StepAsync(caseId, $"employees/{zhang}/objection/review",
            new { upheld = true, corrected = new { monthsOwed = 6, wages = 36_000m }, reason = "核实考勤，补列一个月", reviewedOn = "2026-04-20" });
        upheld.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = Employee(await c.JsonAsync(upheld), "张三");
        (after.GetProperty("wages").GetDecimal(), after.GetProperty("classOne").GetDecimal(), after.GetProperty("objection").GetProperty("status").GetString())
            .ShouldBe((36_000m, 36_000m, "Upheld"));
        await Eventually.HoldsAsync(async () => (await c.RegisterAsync(caseId))
            .Any(l => l.GetProperty("creditor").GetString() == "张三" && l.GetProperty("declared").GetDecimal() == 36_000m));
        (await c.RegisterAsync(caseId)).Count(l => l.GetProperty("creditor").GetString() == "张三").ShouldBe(1); // the same line, updated

        // Dismissed on Friday 04-24: 15 days end Saturday 05-09 — a working day in 2026 (made up for the Labour Day
        // holiday), so the employee may sue until that Saturday.
        var dismissed = await c.StepAsync(caseId, $"employees/{wang}/objection/review", new { upheld = false, reason = "补偿金以解除劳动合同为前提", reviewedOn = "2026-04-24" });
        dismissed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var objection = Employee(await c.JsonAsync(dismissed), "王五").GetProperty("objection");
        (objection.GetProperty("status").GetString(), objection.GetProperty("suitDeadline").GetString()).ShouldBe(("Dismissed", "2026-05-09"));
        (await c.StepAsync(caseId, $"employees/{wang}/objection/review", new { upheld = false, reason = "再审", reviewedOn = "2026-04-25" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Employee((await c.FileAsync(c.Judge, caseId)).File, "王五").GetProperty("wages").GetDecimal().ShouldBe(12_000m);
    }
}
