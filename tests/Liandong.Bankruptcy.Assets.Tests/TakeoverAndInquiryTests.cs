using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// Takeover and the one-window inquiry over HTTP: an obstructed takeover is public security's item until the line is
/// handed over; each inquiry is its registry's item, answered only by that registry in structured lines, each line
/// recordable once as an asset.
/// </summary>
public sealed class TakeoverAndInquiryTests(LiandongHostFixture host) : IAsyncLifetime
{
    private AssetsCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await AssetsCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object Handed(string on) => new { status = "HandedOver", handedOverBy = "原法定代表人 张某", receivedBy = "管理人 沈洁", on };

    [Fact]
    public async Task An_obstructed_takeover_asks_public_security_and_the_handover_answers_its_item()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        var file = await c.DoneAsync(caseId, "takeover", new
        {
            items = new object[]
            {
                new { category = "Seals", description = "公章、财务专用章、合同专用章" },
                new { category = "Books", description = "2019 年以来的会计账簿、凭证" },
                new { category = "Premises", description = "涧西区厂区及办公楼" },
            },
        });
        file.GetProperty("takeover").EnumerateArray().Select(t => t.GetProperty("number").GetInt32()).ShouldBe([1, 2, 3]);

        var seals = await c.DoneAsync(caseId, "takeover/1", Handed("2026-03-11"));
        seals.GetProperty("takeover")[0].GetProperty("status").GetString().ShouldBe("HandedOver");
        seals.GetProperty("takeover")[0].GetProperty("receivedBy").GetString().ShouldBe("管理人 沈洁");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "takeover/1", Handed("2026-03-12")), HttpStatusCode.Conflict, "assets.already_handed_over");

        await c.DoneAsync(caseId, "takeover/3", new { status = "Obstructed", on = "2026-03-12", note = "厂区被部分职工封堵，拒绝移交" });
        var item = await c.OpenItemAsync(caseId, "assets.takeover.3");
        item.GetProperty("unitId").GetGuid().ShouldBe(c.Units["PublicSecurity"]);

        await c.DoneAsync(caseId, "takeover/3", Handed("2026-03-16"));
        await c.CompletedAsync(caseId, "assets.takeover.3");
    }

    [Fact]
    public async Task Takeover_refuses_what_the_law_does_not_allow_and_changes_nothing()
    {
        var c = _county;
        var unaccepted = await c.CaseAsync(accept: false);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(unaccepted, "takeover", new { items = new[] { new { category = "Seals", description = "公章" } } }),
            HttpStatusCode.Conflict, "assets.not_accepted");

        var caseId = await c.CaseAsync();
        var bad = await c.StepAsync(caseId, "takeover", new { items = new object[] { new { category = "Nonsense", description = "x" } } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(caseId, "takeover", new { items = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(caseId, "takeover", new { items = Enumerable.Range(0, 101).Select(i => new { category = "Other", description = $"第{i}项" }) }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await c.DoneAsync(caseId, "takeover", new { items = new[] { new { category = "Vehicles", description = "豫C·12345 货车" } } });
        var noWitness = await c.StepAsync(caseId, "takeover/1", new { status = "HandedOver", on = "2026-03-11" });
        noWitness.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.JsonAsync(noWitness)).GetProperty("errorCodes").GetProperty("receivedBy")[0].GetString().ShouldBe("validation.required");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "takeover/1", Handed("2026-03-09")), HttpStatusCode.UnprocessableEntity, "assets.before_acceptance");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "takeover/9", Handed("2026-03-11")), HttpStatusCode.NotFound, "assets.no_such_takeover_item");

        // A step on a version the user no longer holds is refused.
        var (_, stale) = await c.FileAsync(c.Administrator, caseId);
        await c.DoneAsync(caseId, "takeover/1", Handed("2026-03-11"));
        (await c.SendAsync(c.Administrator, HttpMethod.Post, $"/api/assets/cases/{caseId}/takeover", stale, new { items = new[] { new { category = "Seals", description = "公章" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("takeover").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Each_inquiry_reaches_its_registry_which_alone_answers_and_each_line_can_become_an_asset()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        var sent = await c.DoneAsync(caseId, "inquiries", new { targets = new[] { "RealEstate", "Vehicles", "Equity", "Deposits" }, sentOn = "2026-03-11" }, client: c.Judge);
        sent.GetProperty("inquiries").EnumerateArray().Select(i => (i.GetProperty("target").GetString(), i.GetProperty("unit").GetString())).ShouldBe(
            [("RealEstate", "NaturalResources"), ("Vehicles", "PublicSecurity"), ("Equity", "MarketRegulation"), ("Deposits", "Banking")]);
        foreach (var (number, unit) in new[] { (1, "NaturalResources"), (2, "PublicSecurity"), (3, "MarketRegulation"), (4, "Banking") })
        {
            (await c.OpenItemAsync(caseId, $"assets.inquiry.{number}")).GetProperty("unitId").GetGuid().ShouldBe(c.Units[unit]);
        }

        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(c.Judge, caseId, "inquiries", new { targets = new[] { "RealEstate" }, sentOn = "2026-03-12" }),
            HttpStatusCode.Conflict, "assets.inquiry_open");

        var answer = new
        {
            answeredOn = "2026-03-13",
            results = new object[]
            {
                new { description = "工业厂房", identifier = "豫(2019)洛阳市不动产权第0012345号", location = "洛阳市涧西区建设路 1 号", value = 3_200_000.00m, restrictions = "抵押：中国银行洛阳分行" },
                new { description = "办公楼", identifier = "豫(2019)洛阳市不动产权第0012346号", location = "洛阳市涧西区建设路 3 号" },
            },
        };
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(c.Officers["PublicSecurity"], caseId, "inquiries/1/answer", answer), HttpStatusCode.Forbidden, "assets.not_the_inquired_unit");
        (await c.StepAsync(c.Administrator, caseId, "inquiries/1/answer", answer)).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // no Answer permission

        var answered = await c.DoneAsync(caseId, "inquiries/1/answer", answer, client: c.Officers["NaturalResources"]);
        var inquiry = answered.GetProperty("inquiries")[0];
        inquiry.GetProperty("status").GetString().ShouldBe("Answered");
        inquiry.GetProperty("results").GetArrayLength().ShouldBe(2);
        inquiry.GetProperty("results")[0].GetProperty("value").GetDecimal().ShouldBe(3_200_000.00m);
        await c.CompletedAsync(caseId, "assets.inquiry.1");
        await c.CompletedAsync(caseId, "resources.property_query"); // the acceptance template's property query answered with it
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(c.Officers["NaturalResources"], caseId, "inquiries/1/answer", answer), HttpStatusCode.Conflict, "assets.inquiry_answered");

        // Nothing found is an answer too.
        await c.DoneAsync(caseId, "inquiries/2/answer", new { answeredOn = "2026-03-13", note = "无登记车辆" }, client: c.Officers["PublicSecurity"]);
        await c.CompletedAsync(caseId, "assets.inquiry.2");

        var asset = new
        {
            kind = "RealEstate", description = "工业厂房", location = "洛阳市涧西区建设路 1 号", identifier = "豫(2019)洛阳市不动产权第0012345号",
            appraisedValue = 3_000_000m, appraisedOn = "2026-03-20", inquiry = 1, result = 1,
            encumbrances = new object[]
            {
                new { rank = "MortgageOrPledge", holder = "中国银行洛阳分行", amount = 1_500_000m, claimNumber = 3 },
                new { rank = "ConstructionPrice", holder = "某建筑公司", amount = 400_000m },
            },
        };
        var recorded = await c.DoneAsync(caseId, "assets", asset);
        var first = recorded.GetProperty("assets")[0];
        first.GetProperty("inquiryNumber").GetInt32().ShouldBe(1);
        first.GetProperty("encumbrances").EnumerateArray().Select(e => e.GetProperty("rank").GetString()).ShouldBe(["ConstructionPrice", "MortgageOrPledge"]); // rank order
        recorded.GetProperty("inquiries")[0].GetProperty("results")[0].GetProperty("assetNumber").GetInt32().ShouldBe(1);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "assets", asset), HttpStatusCode.Conflict, "assets.result_recorded");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "assets", new { kind = "RealEstate", description = "x", inquiry = 1, result = 9 }),
            HttpStatusCode.UnprocessableEntity, "assets.no_such_result");
        (await c.StepAsync(caseId, "assets", new { kind = "RealEstate", description = "x", appraisedValue = 1.001m, appraisedOn = "2026-03-20" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("assets").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_retrieval_claim_accepted_returns_the_asset_to_its_owner()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        await c.DoneAsync(caseId, "assets", new { kind = "Equipment", description = "融资租入的注塑机", appraisedValue = 200_000m, appraisedOn = "2026-03-15" });
        await c.DoneAsync(caseId, "assets/1/retrieval", new { claimant = "某融资租赁有限公司", basis = "融资租赁合同（2024）第 8 号", claimedOn = "2026-03-16" });
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "assets/1/retrieval", new { claimant = "又一家", basis = "x", claimedOn = "2026-03-16" }),
            HttpStatusCode.Conflict, "assets.retrieval_pending");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "assets/1/retrieval/decision", new { accepted = true, decidedOn = "2026-03-15" }),
            HttpStatusCode.UnprocessableEntity, "assets.before_claim");
        var decided = await c.DoneAsync(caseId, "assets/1/retrieval/decision", new { accepted = true, decidedOn = "2026-03-18" });
        decided.GetProperty("assets")[0].GetProperty("status").GetString().ShouldBe("Returned");
        decided.GetProperty("assets")[0].GetProperty("retrieval").GetProperty("status").GetString().ShouldBe("Accepted");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "assets/1", new { kind = "Equipment", description = "注塑机" }, HttpMethod.Put),
            HttpStatusCode.Conflict, "assets.not_held");
    }

    [Fact]
    public async Task Another_countys_user_and_an_unappointed_firm_see_nothing()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        await c.DoneAsync(caseId, "takeover", new { items = new[] { new { category = "Seals", description = "公章" } } });
        (await c.Administrator.GetFromJsonAsync<JsonElement>("/api/assets/cases", c.Ct)).GetProperty("items").GetArrayLength().ShouldBe(1);
        var other = await AssetsCounty.CreateAsync(host, c.Ct);
        (await other.Administrator.GetAsync($"/api/assets/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var admin = host.CreateClient(await host.CreateUserAsync(c.County, Platform.PlatformPermissions.UnitsManage));
        var made = await admin.PostAsJsonAsync("/api/platform/units", new { name = "未受指定的律师事务所", kind = "AdministratorFirm" }, c.Ct);
        made.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var firm = host.CreateClient(await host.CreateUnitUserAsync(c.County, (await c.JsonAsync(made)).GetProperty("id").GetGuid(), null,
            AssetsPermissions.View, AssetsPermissions.Manage));
        (await firm.GetAsync($"/api/assets/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // not appointed to the case
        (await c.SendAsync(firm, HttpMethod.Post, $"/api/assets/cases/{caseId}/takeover", "\"0\"", new { items = new[] { new { category = "Seals", description = "公章" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await firm.GetFromJsonAsync<JsonElement>("/api/assets/cases", c.Ct);
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}
