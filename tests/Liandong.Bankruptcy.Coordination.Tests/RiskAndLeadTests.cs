using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>The major-risk register with its links, and evasion leads handed to public security and answered.</summary>
public sealed class RiskAndLeadTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CoordinationCounty _c = null!;

    public async ValueTask InitializeAsync() => _c = await CoordinationCounty.CreateAsync(host, _ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_problem_housing_risk_links_a_case_a_meeting_and_an_item_is_updated_at_its_version_and_resolved()
    {
        var caseId = await _c.AcceptedCaseAsync(1, "2026-03-02");
        var meeting = (await _c.JsonAsync(await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new { kind = "Special", topic = "保交楼专题协调会", heldOn = "2026-05-20" }, _ct)))
            .GetProperty("id").GetGuid();
        List<JsonElement> items = [];
        await Eventually.HoldsAsync(async () => (items = await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200")).Count == CoordinationCounty.AcceptanceItems);
        var item = items[0].GetProperty("id").GetGuid();

        var body = new
        {
            kind = "ProblemHousing", title = "某某花园项目停工", level = "Major", owner = "李某（住建局副局长）", ownerUnitId = _c.Units["Housing"],
            homeBuyers = 860, deliveryGuarantee = "设立保交楼专项账户，续建资金由纾困基金提供",
            caseIds = new[] { caseId }, meetingIds = new[] { meeting }, itemIds = new[] { item },
        };
        (await _c.Tax.PostAsJsonAsync("/api/coordination/risks", body, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _c.Office.PostAsJsonAsync("/api/coordination/risks", body with { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _c.Office.PostAsJsonAsync("/api/coordination/risks", new { kind = "Flood", title = "", level = "Major", owner = "" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.Office.PostAsJsonAsync("/api/coordination/risks", new { kind = "FinancialRisk", title = "非法集资", level = "Serious", owner = "某某", caseIds = new[] { Guid.NewGuid() } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity); // not a case of this county

        var risk = (await _c.Office.GetFromJsonAsync<JsonElement>("/api/coordination/risks", _ct)).EnumerateArray().Single();
        var page = await _c.Judge.GetStringAsync("/coordination/risks", _ct); // the register page
        page.ShouldContain("某某花园项目停工");
        page.ShouldContain("涉及购房户 860 户");
        page.ShouldContain($"href=\"/coordination/meetings/{meeting}\"");
        (risk.GetProperty("homeBuyers").GetInt32(), risk.GetProperty("ownerUnitName").GetString() is { Length: > 0 }).ShouldBe((860, true));
        risk.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("kind").GetString()).ShouldBe(["Case", "Meeting", "Item"]);
        risk.GetProperty("links")[0].GetProperty("label").GetString().ShouldBe($"(2026){_c.County.CourtCode}破申1号");

        var id = risk.GetProperty("id").GetGuid();
        var fresh = await _c.Office.GetAsync($"/api/coordination/risks/{id}", _ct);
        var updated = await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/risks/{id}", fresh.Headers.ETag!.Tag,
            new { kind = "ProblemHousing", title = "某某花园项目停工", level = "Serious", owner = "李某", caseIds = new[] { caseId } });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.JsonAsync(updated)).GetProperty("links").GetArrayLength().ShouldBe(1);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/risks/{id}", fresh.Headers.ETag!.Tag,
            new { kind = "ProblemHousing", title = "丢失的更新", level = "General", owner = "李某" })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var resolved = await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/risks/{id}/resolve", updated.Headers.ETag!.Tag, new { on = "2026-09-30" });
        resolved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/risks/{id}/resolve", resolved.Headers.ETag!.Tag, new { on = "2026-10-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _c.Office.GetFromJsonAsync<JsonElement>("/api/coordination/risks", _ct)).GetArrayLength().ShouldBe(0); // open ones by default
        (await _c.Office.GetFromJsonAsync<JsonElement>("/api/coordination/risks?resolved=true", _ct)).EnumerateArray().Single().GetProperty("level").GetString().ShouldBe("Serious");
    }

    [Fact]
    public async Task A_judge_hands_an_evasion_lead_to_public_security_which_answers_it()
    {
        var caseId = await _c.AcceptedCaseAsync(2, "2026-03-02");
        var lead = new { caseId, unitId = _c.Units["PublicSecurity"], basis = "FalseBankruptcy", facts = "债务人受理前一年内无偿转让厂房及设备，涉嫌虚假破产。" };
        (await _c.Judge.PostAsJsonAsync("/api/coordination/leads", lead with { unitId = _c.Units["Tax"] }, _ct)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity); // only police or procuratorate
        (await _c.Judge.PostAsJsonAsync("/api/coordination/leads", new { caseId, unitId = _c.Units["PublicSecurity"], basis = "Theft", facts = "" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.Tax.PostAsJsonAsync("/api/coordination/leads", lead, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var handed = await _c.Judge.PostAsJsonAsync("/api/coordination/leads", lead, _ct);
        handed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var itemId = (await _c.JsonAsync(handed)).GetProperty("itemId").GetGuid();

        // Straight to the police's inbox (a referral needs no consent), with its basis; the facts are on the thread.
        var inbox = await _c.ItemsAsync(_c.Police, "/api/coordination/inbox");
        inbox.ShouldContain(i => i.GetProperty("id").GetGuid() == itemId);
        var item = await _c.ItemAsync(_c.Police, itemId);
        item.GetProperty("basis").GetString()!.ShouldContain("第一百六十二条之二");
        item.GetProperty("comments")[0].GetProperty("text").GetString()!.ShouldContain("涉嫌虚假破产");
        (await _c.Police.GetFromJsonAsync<JsonElement>("/api/coordination/leads", _ct)).GetArrayLength().ShouldBe(1);
        (await _c.Market.GetAsync("/api/coordination/leads", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await _c.StepAsync(_c.Police, itemId, "sign")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.StepAsync(_c.Police, itemId, "complete", new { result = "已立案侦查（洛公刑立字〔2026〕123号）" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var answered = (await _c.Judge.GetFromJsonAsync<JsonElement>("/api/coordination/leads", _ct)).EnumerateArray().Single();
        var one = await _c.Judge.GetFromJsonAsync<JsonElement>(handed.Headers.Location, _ct); // the lead where the create said it is
        (one.GetProperty("id").GetGuid(), one.GetProperty("status").GetString()).ShouldBe((answered.GetProperty("id").GetGuid(), "Completed"));
        (await _c.Market.GetAsync(handed.Headers.Location, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (answered.GetProperty("status").GetString(), answered.GetProperty("answer").GetString(), answered.GetProperty("basis").GetString())
            .ShouldBe(("Completed", "已立案侦查（洛公刑立字〔2026〕123号）", "FalseBankruptcy"));
        (await _c.Judge.GetStringAsync("/coordination/leads", _ct)).ShouldContain("已立案侦查（洛公刑立字〔2026〕123号）"); // the leads page shows the answer
    }
}
