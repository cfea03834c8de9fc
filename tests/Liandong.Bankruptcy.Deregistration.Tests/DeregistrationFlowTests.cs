using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Coordination.Contracts;

namespace Liandong.Bankruptcy.Deregistration.Tests;

/// <summary>From a terminated liquidation to a closed case through every closing step, over HTTP; and the endings that lead to none.</summary>
public sealed class DeregistrationFlowTests(LiandongHostFixture host) : IAsyncLifetime
{
    private DeregistrationCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await DeregistrationCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static JsonElement Step(JsonElement file, string kind) =>
        file.GetProperty("closing").GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task A_terminated_liquidation_is_closed_when_every_closing_step_is_done()
    {
        var c = _county;
        var caseId = await c.CaseAsync("2026-03-10");
        await c.TerminateAsync(caseId, "2026-05-20");

        var (file, _) = await c.FileAsync(c.Judge, caseId);
        var closing = file.GetProperty("closing");
        closing.GetProperty("terminatedOn").GetString().ShouldBe("2026-05-20");
        closing.GetProperty("basis").GetString().ShouldBe("Art43");
        // Art. 121: ten days from the ruling end on Saturday 2026-05-30, so on the next working day.
        closing.GetProperty("applicationDue").GetString().ShouldBe("2026-06-01");
        closing.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(
            ["Application", "TaxClearance", "Deregistration", "SealCancellation", "AccountClosure", "SocialInsuranceDeregistration"]);

        // The units work their items; the tax clearance is one of them and gates nothing (market regulation goes first).
        await c.CompleteItemAsync(caseId, ItemKinds.Deregistration, "MarketRegulation");
        await c.CompleteItemAsync(caseId, ItemKinds.SealCancellation, "PublicSecurity");
        await c.CompleteItemAsync(caseId, ItemKinds.AccountClosure, "Banking");
        await c.CompleteItemAsync(caseId, ItemKinds.SocialInsuranceDeregistration, "HumanResourcesSocialSecurity");
        var taxFile = await c.Tax.GetAsync($"/api/tax/cases/{caseId}", c.Ct);
        (await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/clearance", taxFile.Headers.ETag!.Tag,
            new { documentNumber = "洛税清〔2026〕9号", issuedOn = "2026-05-25" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Judge, caseId)).File.GetProperty("closing").GetProperty("steps").EnumerateArray()
            .Count(s => s.GetProperty("doneOn").ValueKind != JsonValueKind.Null) == 5);
        (file, _) = await c.FileAsync(c.Judge, caseId);
        Step(file, "TaxClearance").GetProperty("doneOn").GetString().ShouldBe("2026-05-25");
        Step(file, "TaxClearance").GetProperty("result").GetString().ShouldBe("洛税清〔2026〕9号");
        file.GetProperty("closing").GetProperty("completedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        (await c.CaseAsync(caseId)).GetProperty("deregisteredOn").ValueKind.ShouldBe(JsonValueKind.Null);

        // The administrator's application with the ruling is the last step: the deregistration is complete and the case closed.
        var applied = await c.StepAsync(c.Administrator, caseId, "application", new { registry = "洛阳市涧西区市场监督管理局", appliedOn = "2026-05-22" });
        applied.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await c.JsonAsync(applied);
        var completedOn = answer.GetProperty("closing").GetProperty("completedOn").GetString()!;
        DateOnly.Parse(completedOn, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(new DateOnly(2026, 5, 25));
        Step(answer, "Application").GetProperty("result").GetString().ShouldBe("洛阳市涧西区市场监督管理局");
        await Eventually.HoldsAsync(async () => (await c.CaseAsync(caseId)).GetProperty("deregisteredOn").GetString() == completedOn);
        (await c.CaseAsync(caseId)).GetProperty("state").GetString().ShouldBe("Terminated");

        // Done is done: a second application changes nothing.
        (await c.StepAsync(c.Administrator, caseId, "application", new { registry = "洛阳市涧西区市场监督管理局", appliedOn = "2026-05-23" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_late_application_is_kept_and_marked_late_and_customs_where_flagged_is_one_more_step()
    {
        var c = _county;
        var caseId = await c.CaseAsync("2026-03-10");
        (await c.StepAsync(c.Administrator, caseId, "customs", new { registered = true }, HttpMethod.Put)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.AdvanceAsync(caseId, "Terminate", "Art43", "2026-05-20")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Both of the termination's events in (the closing steps, and its publication due): a step on an older version is 412.
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Judge, caseId)).File is var file
                                                && file.GetProperty("closing").GetProperty("steps").GetArrayLength() == 7 && file.GetProperty("publications").GetArrayLength() == 2);

        var late = await c.JsonAsync(await c.StepAsync(c.Administrator, caseId, "application", new { registry = "洛阳市涧西区市场监督管理局", appliedOn = "2026-06-02" }));
        Step(late, "Application").GetProperty("result").GetString().ShouldBe("洛阳市涧西区市场监督管理局（逾期）");
        (await c.StepAsync(c.Administrator, caseId, "customs/done", new { document = "洛关注〔2026〕1号", doneOn = "2026-05-19" }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // before the ruling
        var customs = await c.StepAsync(c.Administrator, caseId, "customs/done", new { document = "洛关注〔2026〕1号", doneOn = "2026-06-03" });
        customs.StatusCode.ShouldBe(HttpStatusCode.OK);
        Step(await c.JsonAsync(customs), "Customs").GetProperty("doneOn").GetString().ShouldBe("2026-06-03");
        // Customs has acted: the flag can no longer be cleared.
        (await c.StepAsync(c.Administrator, caseId, "customs", new { registered = false }, HttpMethod.Put)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_debtor_that_survives_its_case_gets_no_closing_steps_and_its_case_closes_at_once()
    {
        var c = _county;
        var caseId = await c.CaseAsync("2026-03-10");
        // Art. 105: the debtor settled with all its creditors; the company goes on.
        (await c.AdvanceAsync(caseId, "Terminate", "Art105", "2026-04-20")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Judge, caseId)).File.GetProperty("state").GetString() == "Terminated");

        var (file, _) = await c.FileAsync(c.Judge, caseId);
        file.GetProperty("closing").GetProperty("steps").GetArrayLength().ShouldBe(0);
        file.GetProperty("closing").GetProperty("terminatedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        (await c.ItemsOfCaseAsync(caseId)).ShouldNotContain(i => i.GetProperty("kind").GetString() == ItemKinds.Deregistration);
        var refused = await c.StepAsync(c.Administrator, caseId, "application", new { registry = "洛阳市涧西区市场监督管理局", appliedOn = "2026-04-21" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.JsonAsync(refused)).GetProperty("code").GetString().ShouldBe("deregistration.not_terminated");
        (await c.CaseAsync(caseId)).GetProperty("deregisteredOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Bad_input_and_steps_out_of_order_are_refused_and_change_nothing()
    {
        var c = _county;
        var caseId = await c.CaseAsync("2026-03-10");
        var (before, etag) = await c.FileAsync(c.Administrator, caseId);

        // Before the termination, in the future, without a registry, stale, without If-Match.
        (await c.StepAsync(c.Administrator, caseId, "application", new { registry = "市场监督管理局", appliedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.StepAsync(c.Administrator, caseId, "application", new { registry = "市场监督管理局", appliedOn = "2099-01-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Administrator, caseId, "application", new { appliedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Administrator, caseId, "application", new { registry = new string('局', 101), appliedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(c.Administrator, caseId, "customs/done", new { document = "洛关注〔2026〕1号", doneOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.SendAsync(c.Administrator, HttpMethod.Post, $"/api/deregistration/cases/{caseId}/application", "\"999\"",
            new { registry = "市场监督管理局", appliedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await c.SendAsync(c.Administrator, HttpMethod.Post, $"/api/deregistration/cases/{caseId}/application", null,
            new { registry = "市场监督管理局", appliedOn = "2026-04-01" })).StatusCode.ShouldBe((HttpStatusCode)428);
        var (after, etagAfter) = await c.FileAsync(c.Administrator, caseId);
        etagAfter.ShouldBe(etag);
        after.GetRawText().ShouldBe(before.GetRawText());

        // The wrong side: market regulation does not apply for the debtor, the administrator does not register changes.
        (await c.StepAsync(c.Market, caseId, "application", new { registry = "市场监督管理局", appliedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.StepAsync(c.Administrator, caseId, "changes/registered", new { changeId = Guid.NewGuid(), registeredOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.Judge.GetAsync($"/api/deregistration/cases/{Guid.NewGuid()}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_countys_registration_file_and_debtor_are_not_found()
    {
        var c = _county;
        var other = await DeregistrationCounty.CreateAsync(host, c.Ct);
        var caseId = await c.CaseAsync("2026-03-10", "91410300MA9FXXXX1B");
        (await other.Judge.GetAsync($"/api/deregistration/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, etag) = await c.FileAsync(c.Judge, caseId);
        (await other.SendAsync(other.Administrator, HttpMethod.Post, $"/api/deregistration/cases/{caseId}/changes", etag,
            new { kind = "Equity", description = "股权变更", basis = "AdministratorApplication", appliedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Market.GetFromJsonAsync<JsonElement>("/api/deregistration/simplified-deregistration/91410300MA9FXXXX1B", c.Ct))
            .GetProperty("barred").GetBoolean().ShouldBeFalse();
        (await c.Market.GetFromJsonAsync<JsonElement>("/api/deregistration/simplified-deregistration/91410300MA9FXXXX1B", c.Ct))
            .GetProperty("barred").GetBoolean().ShouldBeTrue();
    }
}
