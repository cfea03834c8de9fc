using System.Net;
using System.Text.Json;

namespace Liandong.Bankruptcy.Wages.Tests;

/// <summary>
/// HRSS and medical insurance verify the list (their acceptance items): each confirms or corrects each employee; a
/// correction after publication reaches the claims register; once the published list is verified in full the unit's
/// item is answered. Only those two unit kinds verify.
/// </summary>
public sealed class VerificationTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Zhang = "11010519491231002X";
    private const string Wang = "110105194912310038";

    private WagesCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await WagesCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static JsonElement Employee(JsonElement file, string name) => file.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    /// <summary>
    /// Completed, or its open status (null when not found). Two reads: an item completed between them is in both, so a
    /// completion (final) wins.
    /// </summary>
    private async Task<string?> ItemStatusAsync(Guid caseId, string kind)
    {
        var open = await _county.ItemsAsync(caseId);
        if ((await _county.ItemsAsync(caseId, "Completed")).Any(i => i.GetProperty("kind").GetString() == kind))
        {
            return "Completed";
        }

        return open.SingleOrDefault(i => i.GetProperty("kind").GetString() == kind) is { ValueKind: JsonValueKind.Object } item ? item.GetProperty("status").GetString() : null;
    }

    [Fact]
    public async Task Each_unit_confirms_or_corrects_and_its_item_is_answered_once_the_published_list_is_verified()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId, WagesCounty.Employee("张三", Zhang, 30_000m, months: 5, medical: 2_000m), WagesCounty.Employee("王五", Wang, 12_000m, months: 4)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => await ItemStatusAsync(caseId, "hrss.verify_arrears") == "Assigned" && await ItemStatusAsync(caseId, "medical.verify_arrears") == "Assigned");
        var file = (await c.FileAsync(c.Judge, caseId)).File;
        var zhang = Employee(file, "张三").GetProperty("id").GetGuid();
        var wang = Employee(file, "王五").GetProperty("id").GetGuid();

        // Only the two verifying units: a court user holding the permission is refused; the administrator lacks it.
        (await c.StepAsync(c.Judge, caseId, "verification", new { verifiedOn = "2026-03-20" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.StepAsync(c.Administrator, caseId, "verification", new { verifiedOn = "2026-03-20" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Each unit corrects its own amounts only.
        (await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/verification", new { medicalSubsidies = 100m, note = "x", verifiedOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Medical, caseId, $"employees/{zhang}/verification", new { corrected = new { monthsOwed = 6, wages = 36_000m }, note = "x", verifiedOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/verification", new { corrected = new { monthsOwed = 6, wages = 36_000m }, note = "x", verifiedOn = "2026-03-01" }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // before the acceptance

        // Before publication: HRSS finds six months owed to 张三 (36,000) — his medical subsidies stay as listed — and confirms the rest.
        var corrected = await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/verification",
            new { corrected = new { monthsOwed = 6, wages = 36_000m, compensation = 5_000m }, note = "社保缴费记录显示欠薪六个月", verifiedOn = "2026-03-20" });
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = Employee(await c.JsonAsync(corrected), "张三");
        (after.GetProperty("wages").GetDecimal(), after.GetProperty("medicalSubsidies").GetDecimal(), after.GetProperty("classOne").GetDecimal(),
            after.GetProperty("hrss").GetProperty("status").GetString()).ShouldBe((36_000m, 2_000m, 43_000m, "Corrected"));
        var confirmed = await c.StepAsync(c.Hrss, caseId, "verification", new { note = "核对无误", verifiedOn = "2026-03-21" });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await c.JsonAsync(confirmed);
        (Employee(list, "王五").GetProperty("hrss").GetProperty("status").GetString(), Employee(list, "张三").GetProperty("hrss").GetProperty("status").GetString())
            .ShouldBe(("Confirmed", "Corrected")); // a correction is not overwritten by "every one not yet verified"
        list.GetProperty("verification").GetProperty("hrssVerified").GetInt32().ShouldBe(2);
        list.GetProperty("verification").GetProperty("hrssCompletedOn").ValueKind.ShouldBe(JsonValueKind.Null); // not published yet
        (await ItemStatusAsync(caseId, "hrss.verify_arrears")).ShouldBe("Assigned");

        // Publication completes HRSS's item (verified in full); medical insurance has not verified yet.
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-01", objectionDays = 15 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => await ItemStatusAsync(caseId, "hrss.verify_arrears") == "Completed");
        (await ItemStatusAsync(caseId, "medical.verify_arrears")).ShouldBe("Assigned");
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("verification").GetProperty("hrssCompletedOn").GetString().ShouldBe("2026-04-01");

        // After publication: medical insurance corrects 张三's medical subsidies — the register line follows — and confirms 王五 by id.
        (await c.StepAsync(c.Medical, caseId, "verification", new { employeeIds = new[] { wang, Guid.NewGuid() }, verifiedOn = "2026-04-03" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound); // every id must be on the list
        (await c.StepAsync(c.Medical, caseId, $"employees/{zhang}/verification", new { medicalSubsidies = 1_500m, note = "医疗补助费按标准核减", verifiedOn = "2026-04-02" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.RegisterAsync(caseId))
            .Any(l => l.GetProperty("creditor").GetString() == "张三" && l.GetProperty("declared").GetDecimal() == 42_500m));

        (await ItemStatusAsync(caseId, "medical.verify_arrears")).ShouldBe("Assigned");
        (await c.StepAsync(c.Medical, caseId, "verification", new { employeeIds = new[] { wang }, verifiedOn = "2026-04-03" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => await ItemStatusAsync(caseId, "medical.verify_arrears") == "Completed");
        var final = (await c.FileAsync(c.Judge, caseId)).File;
        (final.GetProperty("verification").GetProperty("medicalCompletedOn").GetString(), Employee(final, "张三").GetProperty("medical").GetProperty("note").GetString())
            .ShouldBe(("2026-04-03", "医疗补助费按标准核减"));
        (await c.RegisterAsync(caseId)).Count(l => l.GetProperty("creditor").GetString() == "张三").ShouldBe(1);
    }

    [Fact]
    public async Task A_correction_cannot_go_below_what_the_fund_advanced_and_bad_input_changes_nothing()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId, WagesCounty.Employee("张三", Zhang, 30_000m, months: 5))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (file, etag) = await c.FileAsync(c.Hrss, caseId);
        var zhang = Employee(file, "张三").GetProperty("id").GetGuid();
        (await c.StepAsync(c.Hrss, caseId, "verification", new { employeeIds = Array.Empty<Guid>(), verifiedOn = "2026-03-20" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/verification", new { corrected = new { monthsOwed = 6, wages = -1m }, note = "x", verifiedOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/verification", new { corrected = new { monthsOwed = 6, wages = 36_000m }, verifiedOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the reason is required
        (await c.SendAsync(c.Hrss, HttpMethod.Post, $"/api/wages/cases/{caseId}/verification", "\"999\"", new { verifiedOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await c.FileAsync(c.Hrss, caseId)).ETag.ShouldBe(etag);

        (await c.SendAsync(c.Hrss, HttpMethod.Post, "/api/wages/guarantee-rules", null,
            new { effectiveFrom = "2026-01-01", monthsCovered = 6, monthlyCap = 5_000m, fundName = "洛阳市欠薪保障金" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/advance", new { advancedOn = "2026-03-25" })).StatusCode.ShouldBe(HttpStatusCode.OK); // 5 × 5,000
        var below = await c.StepAsync(c.Hrss, caseId, $"employees/{zhang}/verification", new { corrected = new { monthsOwed = 2, wages = 12_000m }, note = "x", verifiedOn = "2026-03-26" });
        (below.StatusCode, (await c.JsonAsync(below)).GetProperty("code").GetString()).ShouldBe(((HttpStatusCode)422, "wages.below_advance"));
        Employee((await c.FileAsync(c.Hrss, caseId)).File, "张三").GetProperty("hrss").GetProperty("status").GetString().ShouldBe("None");
    }
}
