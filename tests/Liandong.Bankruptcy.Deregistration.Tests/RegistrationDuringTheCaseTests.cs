using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Coordination.Contracts;

namespace Liandong.Bankruptcy.Deregistration.Tests;

/// <summary>During the case: each procedural step's status published within 10 days, registration changes, and no simplified deregistration for a bankrupt debtor.</summary>
public sealed class RegistrationDuringTheCaseTests(LiandongHostFixture host) : IAsyncLifetime
{
    private DeregistrationCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await DeregistrationCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Each_procedural_step_is_due_for_publication_within_ten_days_and_the_acceptance_completes_the_publication_item()
    {
        var c = _county;
        var caseId = await c.CaseAsync("2026-03-10");
        (await c.AdvanceAsync(caseId, "DeclareBankruptcy", null, "2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Judge, caseId)).File.GetProperty("publications").GetArrayLength() == 2);

        var publications = (await c.FileAsync(c.Market, caseId)).File.GetProperty("publications").EnumerateArray().ToList();
        publications.Select(p => (p.GetProperty("step").GetString(), p.GetProperty("toState").GetString(), p.GetProperty("due").GetString()))
            .ShouldBe([("AcceptLiquidation", "Accepted", "2026-03-20"), ("DeclareBankruptcy", "Declared", "2026-04-13")]); // 04-11 is a Saturday
        var acceptance = publications[0].GetProperty("id").GetGuid();

        (await c.StepAsync(c.Market, caseId, "publications", new { publicationId = acceptance, publishedOn = "2026-03-09" })).StatusCode.ShouldBe((HttpStatusCode)422);
        (await c.StepAsync(c.Market, caseId, "publications", new { publicationId = Guid.NewGuid(), publishedOn = "2026-03-12" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var published = await c.StepAsync(c.Market, caseId, "publications", new { publicationId = acceptance, publishedOn = "2026-03-12" });
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.JsonAsync(published)).GetProperty("publications")[0].GetProperty("publishedOn").GetString().ShouldBe("2026-03-12");
        (await c.StepAsync(c.Market, caseId, "publications", new { publicationId = acceptance, publishedOn = "2026-03-13" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await Eventually.HoldsAsync(async () =>
            (await c.ItemsOfCaseAsync(caseId, "Completed")).Any(i => i.GetProperty("kind").GetString() == ItemKinds.PublishBankruptcy));
    }

    [Fact]
    public async Task A_registration_change_goes_ahead_during_the_case_on_its_basis_and_is_registered_once()
    {
        var c = _county;
        var pending = await c.CaseAsync(null);
        var change = new { kind = "LegalRepresentative", description = "法定代表人由张三变更为李四", basis = "CourtConsent", consentDocument = "(2026)豫0305破1号之三", appliedOn = "2026-04-01" };
        (await c.StepAsync(c.Administrator, pending, "changes", change)).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not accepted: no case yet

        var caseId = await c.CaseAsync("2026-03-10");
        (await c.StepAsync(c.Administrator, caseId, "changes", change with { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StepAsync(c.Administrator, caseId, "changes", new { kind = "Equity", description = "股权转让给重整投资人", basis = "CourtConsent", appliedOn = "2026-04-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the court's consent names its document
        (await c.StepAsync(c.Administrator, caseId, "changes", new { kind = "Equity", description = "股权转让", basis = "AdministratorApplication", appliedOn = "2026-03-01" }))
            .StatusCode.ShouldBe((HttpStatusCode)422); // before the acceptance
        (await c.StepAsync(c.Administrator, caseId, "changes", new { kind = "Nothing", description = "x", basis = "AdministratorApplication", appliedOn = "2026-04-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (file, _) = await c.FileAsync(c.Market, caseId);
        var recorded = file.GetProperty("changes").EnumerateArray().Single();
        recorded.GetProperty("basis").GetString().ShouldBe("CourtConsent");
        recorded.GetProperty("consentDocument").GetString().ShouldBe("(2026)豫0305破1号之三");
        var changeId = recorded.GetProperty("id").GetGuid();
        (await c.StepAsync(c.Market, caseId, "changes/registered", new { changeId, registeredOn = "2026-03-31" })).StatusCode.ShouldBe((HttpStatusCode)422);
        var registered = await c.StepAsync(c.Market, caseId, "changes/registered", new { changeId, registeredOn = "2026-04-03" });
        registered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.JsonAsync(registered)).GetProperty("changes")[0].GetProperty("registeredOn").GetString().ShouldBe("2026-04-03");
        (await c.StepAsync(c.Market, caseId, "changes/registered", new { changeId, registeredOn = "2026-04-04" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Once the case has ended the company is no longer in its procedure.
        (await c.AdvanceAsync(caseId, "Terminate", "Art105", "2026-04-20")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await c.FileAsync(c.Judge, caseId)).File.GetProperty("state").GetString() == "Terminated");
        (await c.StepAsync(c.Administrator, caseId, "changes", new { kind = "Equity", description = "股权转让", basis = "AdministratorApplication", appliedOn = "2026-04-21" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_bankrupt_debtor_is_barred_from_simplified_deregistration_until_it_is_deregistered()
    {
        var c = _county;
        const string uscc = "91410305MA9G00002L";
        (await c.Market.GetFromJsonAsync<JsonElement>($"/api/deregistration/simplified-deregistration/{uscc}", c.Ct)).GetProperty("barred").GetBoolean().ShouldBeFalse();
        var caseId = await c.CaseAsync("2026-03-10", uscc);
        var check = await c.Market.GetFromJsonAsync<JsonElement>($"/api/deregistration/simplified-deregistration/{uscc.ToLowerInvariant()}", c.Ct);
        check.GetProperty("barred").GetBoolean().ShouldBeTrue();
        check.GetProperty("cases")[0].GetString().ShouldBe((await c.CaseAsync(caseId)).GetProperty("caseNumber").GetString());
        await c.TerminateAsync(caseId, "2026-05-20");
        (await c.Market.GetFromJsonAsync<JsonElement>($"/api/deregistration/simplified-deregistration/{uscc}", c.Ct)).GetProperty("barred").GetBoolean().ShouldBeTrue();

        (await c.Market.GetAsync("/api/deregistration/simplified-deregistration/not-a-code", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Administrator.GetAsync($"/api/deregistration/simplified-deregistration/{uscc}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
