using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Cases.Features.Claims;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The claims register: declarations (timely and late), review, objection with its suit deadline, the court's confirmation, totals, and another module's lines upserted by source.</summary>
public sealed class ClaimsRegisterTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance,
            CasesPermissions.Claims, CasesPermissions.ManageClaims, CasesPermissions.ConfirmClaims));
        _api = new CasesApi(_client, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Sixteen_claims_declared_at_the_same_moment_on_one_case_all_succeed_with_their_own_numbers()
    {
        var id = await AcceptedWithClaimPeriodAsync(7);

        var answers = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => _client.PostAsJsonAsync($"/api/cases/{id}/claims",
            new { creditor = $"债权人{i}", kind = "Ordinary", priority = "Ordinary", principal = 1000 * i, declaredOn = "2026-04-01" }, _ct)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created); // independent creates never conflict
        var register = await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct);
        register.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).Order().ShouldBe(Enumerable.Range(1, 16));
        register.GetProperty("items").EnumerateArray().Sum(c => c.GetProperty("principal").GetDecimal()).ShouldBe(136000m); // 1000 × (1 + … + 16)
    }

    [Fact]
    public async Task Claims_are_declared_reviewed_objected_to_and_confirmed_and_the_register_totals_them()
    {
        var id = await AcceptedWithClaimPeriodAsync(1);
        var a = await Declare(id, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", principal = 100000, interest = 5000, declaredOn = "2026-04-01" });
        var b = await Declare(id, new { creditor = "乙银行", kind = "Secured", priority = "Secured", votingClass = "Secured", principal = 500000, collateral = "厂房抵押", rank = 1, declaredOn = "2026-04-10" });
        var c = await Declare(id, new { creditor = "丙公司", kind = "Ordinary", priority = "Ordinary", principal = 30000, declaredOn = "2026-05-01" });
        // A secured creditor that waived its priority ranks and votes as an ordinary one (arts. 59(3), 109): declared so
        // (before issue 16 the register took it in the secured priority and class).
        var waived = await Declare(id, new { creditor = "庚银行", kind = "Secured", priority = "Ordinary", votingClass = "Ordinary", principal = 1, collateral = "设备", waivedPriority = true, declaredOn = "2026-04-02" });
        foreach (var mismatch in new object[]
                 {
                     new { creditor = "辛", kind = "Secured", priority = "Secured", votingClass = "Secured", principal = 1, collateral = "设备", waivedPriority = true, declaredOn = "2026-04-02" },
                     new { creditor = "辛", kind = "Ordinary", priority = "Secured", principal = 1, declaredOn = "2026-04-02" },
                     new { creditor = "辛", kind = "Secured", priority = "Secured", votingClass = "Ordinary", principal = 1, collateral = "设备", declaredOn = "2026-04-02" },
                     new { creditor = "辛", kind = "Ordinary", priority = "Ordinary", waivedPriority = true, principal = 1, declaredOn = "2026-04-02" },
                 })
        {
            (await _client.PostAsJsonAsync($"/api/cases/{id}/claims", mismatch, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // kind, priority, class disagree
        }

        (waived.GetProperty("waivedPriority").GetBoolean(), b.GetProperty("waivedPriority").GetBoolean()).ShouldBe((true, false));
        (a.GetProperty("late").GetBoolean(), c.GetProperty("late").GetBoolean(), c.GetProperty("number").GetInt32()).ShouldBe((false, true, 3)); // after the 04-20 deadline (art. 56)

        (await Step(HttpMethod.Put, a, "review", new { status = "Confirmed", on = "2026-05-10" })).GetProperty("confirmedAmount").GetDecimal().ShouldBe(105000m);
        await Step(HttpMethod.Put, b, "review", new { status = "PartlyConfirmed", confirmedAmount = 400000, reason = "抵押物评估价值以外部分另行申报", on = "2026-05-10" });
        c = await Step(HttpMethod.Put, c, "review", new { status = "Rejected", reason = "无证据", on = "2026-05-10" });

        c = await Step(HttpMethod.Post, c, "objection", new { reason = "有合同和发票", raisedOn = "2026-05-16", meetingReviewedOn = "2026-05-15" });
        c.GetProperty("suitDeadline").GetString().ShouldBe("2026-06-01"); // 15 days from 05-15 is Saturday 05-30
        (await Send(HttpMethod.Put, c, "confirmation", new { on = "2026-05-20" })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // objection open
        c = await Step(HttpMethod.Put, c, "objection", new { outcome = "Judged", judgedAmount = 20000 });
        (c.GetProperty("review").GetString(), c.GetProperty("confirmedAmount").GetDecimal()).ShouldBe(("PartlyConfirmed", 20000m));
        c = await Step(HttpMethod.Put, c, "confirmation", new { on = "2026-06-10" });
        c.GetProperty("courtConfirmedOn").GetString().ShouldBe("2026-06-10");
        (await Send(HttpMethod.Put, c, "confirmation", new { on = "2026-06-11" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var register = await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct);
        register.GetProperty("items").GetArrayLength().ShouldBe(4);
        Totals(register, "byPriority").ShouldBe([("Secured", 500000m, 400000m), ("Ordinary", 135001m, 125000m)]);
    }

    [Fact]
    public async Task Bad_declarations_and_reviews_are_refused_and_change_nothing()
    {
        var (registered, _) = await _api.RegisterAsync(9);
        (await _client.PostAsJsonAsync($"/api/cases/{registered}/claims", new { creditor = "甲", kind = "Ordinary", priority = "Ordinary", principal = 1, declaredOn = "2026-04-01" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict); // not accepted
        var id = await AcceptedWithClaimPeriodAsync(2);
        foreach (var bad in new object[]
        {
            new { kind = "Ordinary", priority = "Ordinary", principal = 1, declaredOn = "2026-04-01" },
            new { creditor = "乙", kind = "Secured", priority = "Secured", principal = 1, declaredOn = "2026-04-01" }, // no collateral
            new { creditor = "丙", kind = "Ordinary", priority = "Ordinary", principal = -1, declaredOn = "2026-04-01" },
            new { creditor = "丁", kind = "Nonsense", priority = "Ordinary", principal = 1, declaredOn = "2026-04-01" },
        })
        {
            (await _client.PostAsJsonAsync($"/api/cases/{id}/claims", bad, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var claim = await Declare(id, new { creditor = "戊", kind = "Ordinary", priority = "Ordinary", principal = 1000, declaredOn = "2026-04-01" });
        (await Send(HttpMethod.Post, claim, "objection", new { reason = "异议", raisedOn = "2026-05-01", meetingReviewedOn = "2026-05-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not reviewed
        (await Send(HttpMethod.Put, claim, "review", new { status = "PartlyConfirmed", confirmedAmount = 1000, reason = "全额", on = "2026-05-01" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Send(HttpMethod.Put, claim, "review", new { status = "Rejected", on = "2026-05-01" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity); // no reason
        (await Send(HttpMethod.Put, claim, "review", new { status = "Pending", on = "2026-05-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/claims/{claim.GetProperty("id").GetGuid()}/review", "\"1\"", new { status = "Confirmed", on = "2026-05-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var register = await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct);
        (register.GetProperty("items").GetArrayLength(), register.GetProperty("items")[0].GetProperty("review").GetString()).ShouldBe((1, "Pending"));
    }

    [Fact]
    public async Task Another_modules_line_reported_twice_is_one_line_and_a_changed_amount_is_reviewed_again()
    {
        var id = await AcceptedWithClaimPeriodAsync(3);
        var report = new ClaimLineReported(id, "Tax", "decl-001", "国家税务总局测试县税务局", "TaxAndSocialInsurance", "Tax", 80000, 0, 1200, new DateOnly(2026, 4, 5));
        await ReportAsync(report);
        await ReportAsync(report);
        var line = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct)).GetProperty("items").EnumerateArray().Single();
        (line.GetProperty("sourceModule").GetString(), line.GetProperty("declared").GetDecimal()).ShouldBe(("Tax", 81200m));
        await Step(HttpMethod.Put, line, "review", new { status = "Confirmed", on = "2026-05-10" });

        await ReportAsync(report with { Principal = 90000 }); // the tax bureau corrects its declaration
        var corrected = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct)).GetProperty("items").EnumerateArray().Single();
        (corrected.GetProperty("declared").GetDecimal(), corrected.GetProperty("review").GetString()).ShouldBe((91200m, "Pending"));
    }

    [Fact]
    public async Task Reports_of_one_line_at_once_make_one_line_and_an_older_report_delivered_late_does_not_overwrite_a_newer()
    {
        var id = await AcceptedWithClaimPeriodAsync(4);
        var at = new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var report = new ClaimLineReported(id, "wages", "fund", "测试县欠薪保障金", "Employee", "Employee", 18000, 0, 0, new DateOnly(2026, 4, 10), ReportedAt: at);
        // Three reports of the same new line handled at once: one line, no message lost to the error queue.
        await Task.WhenAll(ReportAsync(report), ReportAsync(report with { Principal = 25500, ReportedAt = at.AddMinutes(1) }), ReportAsync(report with { Principal = 32500, ReportedAt = at.AddMinutes(2) }));
        var lines = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct)).GetProperty("items").EnumerateArray().ToList();
        lines.Count.ShouldBe(1);
        lines[0].GetProperty("declared").GetDecimal().ShouldBe(32500m); // the newest, whatever the order of handling

        await ReportAsync(report with { Principal = 1 }); // the first report, delivered again late
        (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct)).GetProperty("items")[0].GetProperty("declared").GetDecimal().ShouldBe(32500m);
    }

    [Fact]
    public async Task A_secured_claims_shortfall_after_its_collateral_is_sold_is_an_ordinary_claim_art_110()
    {
        var caseId = await AcceptedWithClaimPeriodAsync(70);
        var bank = await Declare(caseId, new { creditor = "丁银行", kind = "Secured", priority = "Secured", principal = 1000, interest = 50, collateral = "厂房", declaredOn = "2026-04-01" });
        var trade = await Declare(caseId, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", principal = 300, declaredOn = "2026-04-01" });
        bank = await Step(HttpMethod.Put, bank, "review", new { status = "Confirmed", on = "2026-04-30" });
        trade = await Step(HttpMethod.Put, trade, "review", new { status = "Confirmed", on = "2026-04-30" });
        (bank.GetProperty("securedPart").ValueKind, bank.GetProperty("shortfall").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null)); // not sold yet

        var negative = await Send(HttpMethod.Put, bank, "collateral-realization", new { proceeds = -1, on = "2026-08-01" });
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unsecured = await Send(HttpMethod.Put, trade, "collateral-realization", new { proceeds = 100, on = "2026-08-01" });
        (unsecured.StatusCode, (await _api.JsonAsync(unsecured)).GetProperty("code").GetString()).ShouldBe(((HttpStatusCode)422, "cases.claim_not_secured"));

        bank = await Step(HttpMethod.Put, bank, "collateral-realization", new { proceeds = 700.40m, on = "2026-08-01" });
        (bank.GetProperty("securedPart").GetDecimal(), bank.GetProperty("shortfall").GetDecimal()).ShouldBe((700.40m, 349.60m)); // 1,050 confirmed − 700.40
        var register = await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims", _ct);
        // The declared amount stays with the secured class; of the counted, 349.60 moves to the ordinary class (300 + 349.60).
        Totals(register, "byPriority").ShouldBe([("Secured", 1050m, 700.40m), ("Ordinary", 300m, 649.60m)]);
    }

    private async Task ReportAsync(ClaimLineReported report)
    {
        using var _ = host.Services.GetRequiredService<ICurrentTenant>().Change(_county.Id);
        await ClaimLineHandler.Handle(report, host.Services.GetRequiredService<IServiceScopeFactory>(), _ct);
    }

    [Fact]
    public async Task The_audit_log_of_a_case_reads_what_was_done_to_the_case_and_its_claims_in_words()
    {
        var id = await AcceptedWithClaimPeriodAsync(81);
        var other = await AcceptedWithClaimPeriodAsync(82);
        var claim = await Declare(id, new { creditor = "留痕债权人", kind = "Ordinary", priority = "Ordinary", principal = 1000, declaredOn = "2026-04-01" });
        await Declare(other, new { creditor = "别案债权人", kind = "Ordinary", priority = "Ordinary", principal = 1000, declaredOn = "2026-04-01" });
        await Step(HttpMethod.Put, claim, "review", new { status = "Confirmed", on = "2026-05-10" });
        using var auditor = host.CreateClient(await host.CreateUserAsync(_county, Platform.PlatformPermissions.AuditView));
        var number = $"(2026){_county.CourtCode}破申81号";

        var log = (await auditor.GetFromJsonAsync<JsonElement>($"/api/platform/audit/requests?caseNumber={Uri.EscapeDataString(number)}", _ct))
            .GetProperty("items").EnumerateArray().Select(e => (Action: e.GetProperty("actionText").GetString(), Subject: e.GetProperty("subject").GetString())).ToList();

        log.ShouldContain(("登记破产案件", number)); // the create names the case it created
        log.ShouldContain(("申报债权", number));
        log.ShouldContain(e => e.Action == "管理人审查债权" && e.Subject == $"{number} 第1号债权（留痕债权人）");
        log.ShouldNotContain(e => e.Subject != null && e.Subject.Contains("破申82号", StringComparison.Ordinal)); // the filter keeps to the case
        log.Count.ShouldBe(5); // register, accept, claim period, declare, review
    }

    private async Task<Guid> AcceptedWithClaimPeriodAsync(int sequence)
    {
        var (id, etag) = await _api.RegisterAsync(sequence);
        etag = await _api.AdvancedAsync(id, etag, "AcceptLiquidation", null, "2026-03-02");
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/{id}/claim-period", etag, new { announcedOn = "2026-03-10", claimDeadline = "2026-04-20" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private async Task<JsonElement> Declare(Guid caseId, object body)
    {
        var response = await _client.PostAsJsonAsync($"/api/cases/{caseId}/claims", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await _api.JsonAsync(response);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, JsonElement claim, string step, object body) =>
        _api.SendAsync(method, $"/api/cases/claims/{claim.GetProperty("id").GetGuid()}/{step}", $"\"{claim.GetProperty("version").GetUInt32()}\"", body);

    private async Task<JsonElement> Step(HttpMethod method, JsonElement claim, string step, object body)
    {
        var response = await Send(method, claim, step, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await _api.JsonAsync(response);
    }

    private static List<(string, decimal, decimal)> Totals(JsonElement register, string name) =>
        [.. register.GetProperty(name).EnumerateArray().Select(t => (t.GetProperty("class").GetString()!, t.GetProperty("declared").GetDecimal(), t.GetProperty("counted").GetDecimal()))];
}
