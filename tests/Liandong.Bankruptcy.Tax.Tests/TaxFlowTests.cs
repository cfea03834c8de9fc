using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Coordination.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax.Tests;

/// <summary>The tax bureau's work on a case over HTTP: declaration, review into the claims register, the items it completes, the closing steps.</summary>
public sealed class TaxFlowTests(LiandongHostFixture host) : IAsyncLifetime
{
    private TaxCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await TaxCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object TaxLine(string type, decimal principal, string due, decimal? penalty = null) => new
    {
        kind = "Tax", taxType = type, periodFrom = "2026-01-01", periodTo = "2026-01-31", dueDate = due, principal, penalty,
        penaltyDecision = penalty is null ? null : "洛税稽罚〔2026〕3号",
    };

    private static object PensionLine(decimal principal, decimal personal, string due) => new
    {
        kind = "SocialInsurance", taxType = "基本养老保险", periodFrom = "2026-01-01", periodTo = "2026-01-31", dueDate = due, principal, personalAccount = personal,
    };

    [Fact]
    public async Task A_declaration_computes_the_late_fees_to_acceptance_and_completes_the_declaration_item()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        await Eventually.HoldsAsync(async () => (await c.ItemsOfCaseAsync(caseId)).Any(i => i.GetProperty("kind").GetString() == ItemKinds.TaxClaims));

        var declared = await c.StepAsync(c.Tax, caseId, "declarations", new
        {
            declaredOn = "2026-04-01",
            lines = new[] { TaxLine("增值税", 100_000m, "2026-02-15"), PensionLine(30_000m, 9_600m, "2026-03-01") },
        });
        declared.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await c.JsonAsync(declared);
        var lines = file.GetProperty("lines").EnumerateArray().ToList();
        lines.Count.ShouldBe(2);
        lines[0].GetProperty("lateFee").GetProperty("days").GetInt32().ShouldBe(23);            // Feb 16 – Mar 10
        lines[0].GetProperty("lateFee").GetProperty("amount").GetDecimal().ShouldBe(1_150.00m); // 100,000 × 0.05 % × 23
        lines[0].GetProperty("lateFee").GetProperty("arithmetic").GetString().ShouldBe("100,000.00 × 0.05% × 23 = 1,150.00");
        lines[1].GetProperty("lateFee").GetProperty("amount").GetDecimal().ShouldBe(135.00m);   // 30,000 × 0.05 % × 9
        file.GetProperty("creditor").GetString().ShouldNotBeNullOrWhiteSpace();
        declared.Headers.ETag.ShouldNotBeNull();

        await Eventually.HoldsAsync(async () =>
            (await c.ItemsOfCaseAsync(caseId, "Completed")).Any(i => i.GetProperty("kind").GetString() == ItemKinds.TaxClaims));
    }

    [Fact]
    public async Task Confirmed_lines_reach_the_claims_register_once_each_part_in_its_class_as_one_creditor()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        var declared = await c.JsonAsync(await c.StepAsync(c.Tax, caseId, "declarations", new
        {
            declaredOn = "2026-04-01",
            lines = new[] { TaxLine("企业所得税", 80_000m, "2026-03-01", penalty: 4_000m), PensionLine(30_000m, 9_600m, "2026-03-01") },
        }));
        var ids = declared.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToList();
        var reviews = new object[]
        {
            new { lineId = ids[0], review = "Confirmed" },
            new { lineId = ids[1], review = "Adjusted", reason = "部分已缴", principal = 25_000m, personalAccount = 9_600m, lateFee = 100m },
        };
        (await c.StepAsync(c.Administrator, caseId, "reviews", new { reviewedOn = "2026-04-20", lines = reviews })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Tax: principal ②, late fee ③ (80,000 × 0.05 % × 9 = 360), penalty subordinated; pension: personal ①, the rest ② (art. 83), late fee ③.
        await Eventually.HoldsAsync(async () => (await c.RegisterAsync(caseId)).Count == 6);
        var register = await c.RegisterAsync(caseId);
        register.Select(r => r.GetProperty("creditor").GetString()).Distinct().Count().ShouldBe(1);
        string Key(JsonElement r) => $"{r.GetProperty("priority").GetString()}:{r.GetProperty("principal").GetDecimal():0.00}:{r.GetProperty("review").GetString()}";
        register.Select(Key).Order().ShouldBe(new[]
        {
            "Employee:9600.00:Confirmed", "Ordinary:135.00:PartlyConfirmed", "Ordinary:360.00:Confirmed", "Subordinated:4000.00:Confirmed",
            "TaxAndSocialInsurance:20400.00:PartlyConfirmed", "TaxAndSocialInsurance:80000.00:Confirmed",
        }.Order());
        register.Single(r => r.GetProperty("principal").GetDecimal() == 20_400m).GetProperty("confirmedAmount").GetDecimal().ShouldBe(15_400m);
        register.Single(r => r.GetProperty("principal").GetDecimal() == 20_400m).GetProperty("socialInsurance").GetBoolean().ShouldBeTrue();
        register.All(r => r.GetProperty("sourceModule").GetString() == "tax").ShouldBeTrue();

        // Reviewed again: the same register lines change, none is added.
        (await c.StepAsync(c.Administrator, caseId, "reviews", new { reviewedOn = "2026-04-21", lines = new[] { new { lineId = ids[0], review = "Rejected", reason = "已缴清" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.RegisterAsync(caseId)).Count(r => r.GetProperty("review").GetString() == "Rejected") == 3);
        (await c.RegisterAsync(caseId)).Count.ShouldBe(6);

        // The Wages module reads the personal-account split instead of declaring it again.
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<Platform.Tenancy.ICurrentTenant>().Change(c.County.Id);
        var personal = await scope.ServiceProvider.GetRequiredService<ITaxQueries>().PersonalAccountArrearsAsync(caseId, c.Ct);
        personal.ShouldHaveSingleItem().Declared.ShouldBe(9_600m);
        personal[0].Confirmed.ShouldBe(9_600m);
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_and_changes_nothing()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        var (_, etag) = await c.FileAsync(c.Tax, caseId);
        async Task Refused(object body, HttpStatusCode status, string? field = null)
        {
            var response = await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations", etag, body);
            response.StatusCode.ShouldBe(status);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            if (field is not null)
            {
                (await c.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
            }
        }

        await Refused(new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", -1m, "2026-02-15") } }, HttpStatusCode.BadRequest, "lines[0].principal");
        await Refused(new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", 1.005m, "2026-02-15") } }, HttpStatusCode.BadRequest, "lines[0].principal");
        await Refused(new { declaredOn = "2026-04-01", lines = new[] { new { kind = "Tax", taxType = "增值税", periodFrom = "2026-04-01", periodTo = "2026-04-30", dueDate = "2026-05-15", principal = 10m } } },
            HttpStatusCode.BadRequest, "lines[0].periodFrom"); // arose after acceptance: not a claim
        await Refused(new { declaredOn = "2026-03-01", lines = new[] { TaxLine("增值税", 10m, "2026-02-15") } }, (HttpStatusCode)422); // before acceptance
        await Refused(new { declaredOn = "2026-04-01", lines = new[] { PensionLine(100m, 200m, "2026-02-15") } }, HttpStatusCode.BadRequest, "lines[0].personalAccount");
        await Refused(new { declaredOn = "2026-04-01", lines = Enumerable.Range(0, 501).Select(_ => TaxLine("增值税", 1m, "2026-02-15")).ToArray() }, HttpStatusCode.BadRequest, "lines");
        await Refused(new { declaredOn = "2026-04-01", lines = Array.Empty<object>() }, HttpStatusCode.BadRequest, "lines");

        var noVersion = await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations", null, new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", 1m, "2026-02-15") } });
        noVersion.StatusCode.ShouldBe((HttpStatusCode)428);
        var stale = await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations", "\"12345\"", new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", 1m, "2026-02-15") } });
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var (file, after) = await c.FileAsync(c.Tax, caseId);
        file.GetProperty("lines").GetArrayLength().ShouldBe(0);
        after.ShouldBe(etag);

        // The administrator's side is not the bureau's, and the bureau cannot review its own lines.
        (await c.SendAsync(c.Administrator, HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations", etag, new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", 1m, "2026-02-15") } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/reviews", etag, new { reviewedOn = "2026-04-01", lines = new[] { new { lineId = Guid.NewGuid(), review = "Confirmed" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_countys_case_and_an_unappointed_firm_answer_404()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        var other = await TaxCounty.CreateAsync(host, c.Ct);
        (await other.Tax.GetAsync($"/api/tax/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.SendAsync(other.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations", "\"0\"",
            new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", 1m, "2026-02-15") } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Tax.GetFromJsonAsync<JsonElement>("/api/tax/cases", c.Ct)).GetProperty("items").EnumerateArray().Any(f => f.GetProperty("caseId").GetGuid() == caseId).ShouldBeFalse();

        using var admin = host.CreateClient(await host.CreateUserAsync(c.County, Platform.PlatformPermissions.UnitsManage));
        var firm = await admin.PostAsJsonAsync("/api/platform/units", new { name = "未受指定的律师事务所", kind = "AdministratorFirm" }, c.Ct);
        firm.StatusCode.ShouldBe(HttpStatusCode.Created);
        var firmId = (await c.JsonAsync(firm)).GetProperty("id").GetGuid();
        using var firmUser = host.CreateClient(await host.CreateUnitUserAsync(c.County, firmId, null, TaxPermissions.View, TaxPermissions.Administer));
        (await firmUser.GetAsync($"/api/tax/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await c.FileAsync(c.Tax, caseId)).File.GetProperty("lines").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_declaration_item_is_due_by_the_claim_deadline_and_follows_it_when_the_court_changes_it()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        (await c.SetClaimPeriodAsync(caseId, "2026-03-20", "2026-05-20")).StatusCode.ShouldBe(HttpStatusCode.OK);
        async Task<string?> Due() => (await c.ItemsOfCaseAsync(caseId)).SingleOrDefault(i => i.GetProperty("kind").GetString() == ItemKinds.TaxClaims) is { ValueKind: JsonValueKind.Object } item
            ? item.GetProperty("dueOn").GetString()
            : null;
        await Eventually.HoldsAsync(async () => await Due() == "2026-05-20");
        (await c.SetClaimPeriodAsync(caseId, "2026-03-20", "2026-06-19")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => await Due() == "2026-06-22"); // 06-19 is the Dragon Boat Festival: the period ends on the next working day

        // After the deadline: a supplementary declaration (before the first vote), which leaves the item as it is.
        var supplementary = await c.StepAsync(c.Tax, caseId, "declarations", new { declaredOn = "2026-06-23", lines = new[] { new
        {
            kind = "Tax", taxType = "增值税", periodFrom = "2026-01-01", periodTo = "2026-01-31", dueDate = "2026-02-15", principal = 0m, penalty = 2_000m,
            penaltyDecision = "洛税稽罚〔2026〕9号",
        } } });
        supplementary.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.JsonAsync(supplementary)).GetProperty("lines")[0].GetProperty("supplementary").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Preservation_lifted_completes_its_item_and_the_abnormal_status_lifts_only_after_the_returns()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        (await c.StepAsync(c.Tax, caseId, "preservation-lifted", new { liftedOn = "2026-03-11", measures = new[] { "冻结银行存款 12 万元" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(c.Tax, caseId, "preservation-lifted", new { liftedOn = "2026-03-12", measures = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await Eventually.HoldsAsync(async () =>
            (await c.ItemsOfCaseAsync(caseId, "Completed")).Any(i => i.GetProperty("kind").GetString() == ItemKinds.TaxLiftPreservation));

        (await c.StepAsync(c.Tax, caseId, "abnormal-taxpayer", new { since = "2025-06-01", reason = "未按期申报" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(c.Tax, caseId, "abnormal-taxpayer/lifted", new { liftedOn = "2026-04-01", noPenalty = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.StepAsync(c.Administrator, caseId, "abnormal-taxpayer/returns-filed", new { on = "2026-03-25" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(c.Tax, caseId, "abnormal-taxpayer/lifted", new { liftedOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the penalty decided, or none
        var lifted = await c.StepAsync(c.Tax, caseId, "abnormal-taxpayer/lifted", new { liftedOn = "2026-04-01", penaltyDecision = "洛税罚〔2026〕5号" });
        lifted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.JsonAsync(lifted)).GetProperty("abnormalTaxpayer").GetProperty("current").GetBoolean().ShouldBeFalse();

        var sale = await c.StepAsync(c.Administrator, caseId, "post-acceptance-taxes", new { source = "AssetSale", taxType = "增值税", amount = 13_000m, arisingOn = "2026-05-01", invoiceNumber = "12345678" });
        sale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.JsonAsync(sale)).GetProperty("postAcceptanceTaxes")[0].GetProperty("class").GetString().ShouldBe("BankruptcyExpense");
        (await c.StepAsync(c.Administrator, caseId, "post-acceptance-taxes", new { source = "ContinuedOperation", taxType = "增值税", amount = 1m, arisingOn = "2026-03-01" }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // before acceptance: a claim, not an expense
    }

    [Fact]
    public async Task A_terminated_liquidation_yields_the_clearance_document_and_deregistration_does_not_wait_for_it()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        var declared = await c.JsonAsync(await c.StepAsync(c.Tax, caseId, "declarations", new { declaredOn = "2026-04-01", lines = new[] { TaxLine("增值税", 50_000m, "2026-03-10") } }));
        var line = declared.GetProperty("lines")[0].GetProperty("id").GetGuid();
        (await c.StepAsync(c.Administrator, caseId, "reviews", new { reviewedOn = "2026-04-10", lines = new[] { new { lineId = line, review = "Confirmed" } } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(c.Tax, caseId, "clearance", new { documentNumber = "洛税清〔2026〕1号", issuedOn = "2026-05-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await c.AdvanceAsync(caseId, "Terminate", "Art43", "2026-05-20")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Tax, caseId)).File.GetProperty("clearance").GetProperty("due").GetBoolean());

        // Deregistration is market regulation's item, worked while the clearance item is still open.
        await Eventually.HoldsAsync(async () => (await c.ItemsOfCaseAsync(caseId)).Any(i => i.GetProperty("kind").GetString() == ItemKinds.Deregistration));
        var deregistration = (await c.ItemsOfCaseAsync(caseId)).Single(i => i.GetProperty("kind").GetString() == ItemKinds.Deregistration).GetProperty("id").GetGuid();
        (await c.ItemsOfCaseAsync(caseId)).Any(i => i.GetProperty("kind").GetString() == ItemKinds.TaxClearance).ShouldBeTrue();
        foreach (var (step, body) in new (string, object)[] { ("sign", new { }), ("complete", new { result = "已办理注销登记" }) })
        {
            var item = await c.Market.GetAsync($"/api/coordination/items/{deregistration}", c.Ct);
            (await c.SendAsync(c.Market, HttpMethod.Post, $"/api/coordination/items/{deregistration}/{step}", item.Headers.ETag!.Tag, body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await c.StepAsync(c.Tax, caseId, "clearance", new { documentNumber = "洛税清〔2026〕1号", issuedOn = "2026-05-25", paidInDistribution = 60_000m }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // more than the confirmed 50,000
        var issued = await c.StepAsync(c.Tax, caseId, "clearance", new { documentNumber = "洛税清〔2026〕1号", issuedOn = "2026-05-25", paidInDistribution = 12_000.50m });
        issued.StatusCode.ShouldBe(HttpStatusCode.OK);
        var clearance = (await c.JsonAsync(issued)).GetProperty("clearance");
        clearance.GetProperty("writtenOff").GetDecimal().ShouldBe(37_999.50m);
        await Eventually.HoldsAsync(async () =>
            (await c.ItemsOfCaseAsync(caseId, "Completed")).Any(i => i.GetProperty("kind").GetString() == ItemKinds.TaxClearance));
    }

    [Fact]
    public async Task Credit_repair_waits_for_an_approved_plan_or_composition()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        (await c.StepAsync(c.Administrator, caseId, "credit-repair", new { on = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.StepAsync(c.Tax, caseId, "credit-repair/decision", new { repaired = true, decidedOn = "2026-04-02", rating = "M" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
