using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Credit.Tests;

/// <summary>
/// Credit repair over HTTP: from an approved plan, one application reaches every target unit as its item, each unit
/// decides (the tax bureau in the Tax module), and the repairs become final when the plan is carried out; a case that
/// converts to liquidation has its repairs reversed by new items and its pending requests withdrawn.
/// </summary>
public sealed class CreditFlowTests(LiandongHostFixture host) : IAsyncLifetime
{
    private CreditCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await CreditCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static readonly (string Target, string Unit)[] Targets =
    [
        ("PublicCredit", "DevelopmentReform"), ("TaxCredit", "Tax"), ("AbnormalOperations", "MarketRegulation"),
        ("CreditReporting", "Banking"), ("CourtLists", "Court"),
    ];

    [Fact]
    public async Task Acceptance_asks_the_court_to_delete_the_dishonest_debtor_entry_in_any_procedure()
    {
        var c = _county;
        var caseId = await c.CompositionAsync(null);
        await Eventually.HoldsAsync(async () => await c.StatusAsync(caseId, "DishonestDebtorList") == "Requested");
        var item = (await c.ItemsOfKindAsync(caseId, "credit.dishonest_debtor_list")).Single();
        item.GetProperty("unitId").GetGuid().ShouldBe(c.Units["Court"]);
        item.GetProperty("status").GetString().ShouldBe("Assigned"); // a module's step: routine, no consent needed

        // Not tied to any plan: deleted is final at once, and the court's item is answered.
        var decided = await c.DecideAsync("Court", caseId, "DishonestDebtorList", true, "2026-03-12", "已删除失信信息");
        decided.StatusCode.ShouldBe(HttpStatusCode.OK);
        CreditCounty.Measure(await c.JsonAsync(decided), "DishonestDebtorList")!.Value.GetProperty("status").GetString().ShouldBe("Final");
        await Eventually.HoldsAsync(async () => (await c.ItemsOfKindAsync(caseId, "credit.dishonest_debtor_list", 0)).Count == 0); // no longer open
    }

    [Fact]
    public async Task One_application_after_an_approved_composition_repairs_credit_at_every_target_and_is_final_when_the_agreement_is_carried_out()
    {
        var c = _county;
        var caseId = await c.CompositionAsync("2026-06-01");

        var applied = await c.ApplyAsync(caseId, "2026-06-03");
        applied.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await c.JsonAsync(applied);
        file.GetProperty("applications").GetArrayLength().ShouldBe(1);
        file.GetProperty("applications")[0].GetProperty("documents").GetArrayLength().ShouldBe(2);
        foreach (var (target, _) in Targets)
        {
            CreditCounty.Measure(file, target)!.Value.GetProperty("status").GetString().ShouldBe("Requested");
        }

        // Every target unit has its item at once, from the one application.
        foreach (var (target, unit) in Targets)
        {
            var kind = "credit." + string.Concat(target.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
            var item = (await c.ItemsOfKindAsync(caseId, kind)).Single();
            item.GetProperty("unitId").GetGuid().ShouldBe(c.Units[unit]);
        }

        // The Tax module took the application as the request for the tax credit repair; the bureau decides there.
        await Eventually.HoldsAsync(async () => (await c.Tax.GetFromJsonAsync<JsonElement>($"/api/tax/cases/{caseId}", c.Ct))
            .GetProperty("creditRepair").GetProperty("status").GetString() == "Requested");
        foreach (var (target, unit) in Targets.Where(t => t.Unit != "Tax"))
        {
            (await c.DecideAsync(unit, caseId, target, true, "2026-06-10", $"{target} 已修复")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var taxFile = await c.Tax.GetAsync($"/api/tax/cases/{caseId}", c.Ct);
        (await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/credit-repair/decision", taxFile.Headers.ETag!.Tag,
            new { repaired = true, decidedOn = "2026-06-08", rating = "M" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(async () => await c.StatusAsync(caseId, "TaxCredit") == "Repaired");
        var (repaired, _) = await c.FileAsync(c.Administrator, caseId);
        CreditCounty.Measure(repaired, "TaxCredit")!.Value.GetProperty("note").GetString().ShouldBe("纳税信用级别 M");
        foreach (var (target, _) in Targets)
        {
            CreditCounty.Measure(repaired, target)!.Value.GetProperty("status").GetString().ShouldBe("Repaired"); // tied to the plan
        }

        // Each unit's item is answered by its decision.
        await Eventually.HoldsAsync(async () => (await c.ItemsOfCaseAsync(caseId)).All(i => !i.GetProperty("kind").GetString()!.StartsWith("credit.", StringComparison.Ordinal)
            || i.GetProperty("kind").GetString() == "credit.dishonest_debtor_list"));

        // The agreement carried out: every repair is final; the history keeps each step.
        (await c.AdvanceAsync(caseId, "CompositionCarriedOut", null, "2026-09-30")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Judge, caseId)).File.GetProperty("carriedOutOn").GetString() == "2026-09-30");
        var (final, _) = await c.FileAsync(c.Judge, caseId);
        foreach (var (target, _) in Targets)
        {
            CreditCounty.Measure(final, target)!.Value.GetProperty("status").GetString().ShouldBe("Final");
        }

        var steps = final.GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("target").GetString() == "PublicCredit").Select(h => h.GetProperty("step").GetString()).ToList();
        steps.ShouldBe(["Requested", "Repaired", "Final"]);
    }

    [Fact]
    public async Task A_conversion_to_liquidation_reverses_the_repairs_with_new_items_and_withdraws_what_is_pending()
    {
        var c = _county;
        var caseId = await c.CompositionAsync("2026-06-01");
        (await c.ApplyAsync(caseId, "2026-06-02", ["PublicCredit", "AbnormalOperations"])).StatusCode.ShouldBe(HttpStatusCode.OK);
        await c.ItemsOfKindAsync(caseId, "credit.abnormal_operations");
        (await c.DecideAsync("DevelopmentReform", caseId, "PublicCredit", true, "2026-06-05", "信用中国已屏蔽")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Art. 104: the debtor cannot perform the agreement; it is declared bankrupt.
        (await c.AdvanceAsync(caseId, "ConvertToLiquidation", "Art104", "2026-08-03")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => await c.StatusAsync(caseId, "PublicCredit") == "ReversalDue");
        (await c.StatusAsync(caseId, "AbnormalOperations")).ShouldBe("Withdrawn");
        (await c.StatusAsync(caseId, "DishonestDebtorList")).ShouldBe("Requested"); // the stay of enforcement goes on in liquidation
        var reversal = (await c.ItemsOfKindAsync(caseId, "credit.reversal.public_credit")).Single();
        reversal.GetProperty("unitId").GetGuid().ShouldBe(c.Units["DevelopmentReform"]);
        await c.ItemsOfKindAsync(caseId, "credit.abnormal_operations", 0); // the withdrawn request's item is answered

        // No new application in liquidation; the unit records the reversal, which answers its item.
        var refused = await c.ApplyAsync(caseId, "2026-08-04");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.JsonAsync(refused)).GetProperty("code").GetString().ShouldBe("credit.converted");
        (await c.StepAsync(c.Officers["DevelopmentReform"], caseId, "measures/PublicCredit/reversal", new { note = "恢复公示失信信息", reversedOn = "2026-08-01" }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // before the conversion
        (await c.StepAsync(c.Officers["DevelopmentReform"], caseId, "measures/PublicCredit/reversal", new { note = "恢复公示失信信息", reversedOn = "2026-08-05" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StatusAsync(caseId, "PublicCredit")).ShouldBe("Reversed");
        await c.ItemsOfKindAsync(caseId, "credit.reversal.public_credit", 0);
        var (file, _) = await c.FileAsync(c.Judge, caseId);
        file.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("target").GetString() == "PublicCredit")
            .Select(h => h.GetProperty("step").GetString()).ShouldBe(["Requested", "Repaired", "ReversalDue", "Reversed"]);
    }

    [Fact]
    public async Task The_list_pages_by_case_number_and_shows_only_files_with_work_open_when_asked()
    {
        var c = _county;
        var first = await c.CompositionAsync("2026-06-01");
        var second = await c.CompositionAsync(null);
        await Eventually.HoldsAsync(async () => await c.StatusAsync(second, "DishonestDebtorList") == "Requested");
        (await c.DecideAsync("Court", second, "DishonestDebtorList", true, "2026-03-12", "已删除")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => await c.StatusAsync(first, "DishonestDebtorList") == "Requested");

        var page = await c.Judge.GetFromJsonAsync<JsonElement>("/api/credit/cases?limit=1", c.Ct);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        var next = page.GetProperty("nextCursor").GetString()!;
        var rest = await c.Judge.GetFromJsonAsync<JsonElement>($"/api/credit/cases?limit=1&cursor={next}", c.Ct);
        string[] numbers = [page.GetProperty("items")[0].GetProperty("caseNumber").GetString()!, rest.GetProperty("items")[0].GetProperty("caseNumber").GetString()!];
        numbers.ShouldBe(numbers.Order(StringComparer.Ordinal).ToArray());
        numbers.Distinct().Count().ShouldBe(2);

        var open = await c.Judge.GetFromJsonAsync<JsonElement>("/api/credit/cases?open=true", c.Ct);
        var ids = open.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("caseId").GetGuid()).ToList();
        ids.ShouldContain(first); // the court has still to delete its dishonest-debtor entry
        ids.ShouldNotContain(second);
        (await c.Judge.GetAsync("/api/credit/cases?limit=500", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
