using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// Seizures lifted by an escalating request, realization to a sale, and the administrator's account over HTTP: every
/// step an item of the right unit, the proceeds in the account, payments the court must approve held until it does,
/// and the bank's statement reconciled.
/// </summary>
public sealed class LiftingSaleAndAccountTests(LiandongHostFixture host) : IAsyncLifetime
{
    private AssetsCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await AssetsCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<Guid> CaseWithAssetAsync(string kind = "Equipment", decimal appraisal = 1_000_000m)
    {
        var caseId = await _county.CaseAsync();
        await _county.DoneAsync(caseId, "assets", new { kind, description = "数控机床 10 台", location = "涧西区厂区", appraisedValue = appraisal, appraisedOn = "2026-03-20" });
        return caseId;
    }

    private Task<JsonElement> OpenAccountAsync(Guid caseId) =>
        _county.DoneAsync(caseId, "account", new { bank = "中国工商银行洛阳涧西支行", number = "1705 0200 0920 0012 345", openedOn = "2026-03-12" }, HttpMethod.Put);

    [Fact]
    public async Task A_seizure_is_lifted_by_a_letter_then_the_superior_then_the_courts_ruling_each_its_units_item()
    {
        var c = _county;
        var caseId = await CaseWithAssetAsync();
        await c.DoneAsync(caseId, "assets/1/seizures", new { seizingBody = "洛阳市公安局涧西分局", unitKind = "PublicSecurity", documentNumber = "洛涧公（经）冻字〔2025〕18号", seizedOn = "2025-11-02" });
        await c.DoneAsync(caseId, "assets/1/seizures", new { seizingBody = "郑州市中原区人民法院", documentNumber = "(2025)豫0102执1234号", seizedOn = "2025-12-01" });

        await c.DoneAsync(caseId, "seizures/1/lifting", new { step = "Letter", on = "2026-03-11" });
        (await c.OpenItemAsync(caseId, "assets.lifting.1.letter")).GetProperty("unitId").GetGuid().ShouldBe(c.Units["PublicSecurity"]);

        // A court outside the county: the office carries the letter; then its superior; then the bankruptcy court rules.
        await c.DoneAsync(caseId, "seizures/2/lifting", new { step = "Letter", on = "2026-03-11" });
        (await c.OpenItemAsync(caseId, "assets.lifting.2.letter")).GetProperty("unitId").GetGuid().ShouldBe(c.Units["LeadershipGroupOffice"]);
        await c.DoneAsync(caseId, "seizures/2/lifting", new { step = "Superior", on = "2026-03-20" });
        await c.CompletedAsync(caseId, "assets.lifting.2.letter");
        (await c.OpenItemAsync(caseId, "assets.lifting.2.superior")).GetProperty("unitId").GetGuid().ShouldBe(c.Units["LeadershipGroupOffice"]);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "seizures/2/lifting", new { step = "Letter", on = "2026-03-21" }), HttpStatusCode.Conflict, "assets.step_not_further");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "seizures/2/lifting", new { step = "CourtRuling", on = "2026-03-19" }),
            HttpStatusCode.UnprocessableEntity, "assets.before_last_step");
        var ruled = await c.DoneAsync(caseId, "seizures/2/lifting", new { step = "CourtRuling", on = "2026-03-30" });
        ruled.GetProperty("assets")[0].GetProperty("seizures")[1].GetProperty("step").GetString().ShouldBe("CourtRuling");
        (await c.OpenItemAsync(caseId, "assets.lifting.2.courtruling")).GetProperty("unitId").GetGuid().ShouldBe(c.Units["Court"]);

        // The other court hands over the enforcement proceeds it held: a receipt, once the account is open.
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "seizures/2/lifted", new { liftedOn = "2026-04-02", proceedsHandedOver = 86_500.50m }),
            HttpStatusCode.Conflict, "assets.no_account");
        await OpenAccountAsync(caseId);
        var lifted = await c.DoneAsync(caseId, "seizures/2/lifted", new { liftedOn = "2026-04-02", proceedsHandedOver = 86_500.50m });
        await c.CompletedAsync(caseId, "assets.lifting.2.courtruling");
        var entry = lifted.GetProperty("account").GetProperty("entries")[0];
        entry.GetProperty("source").GetString().ShouldBe("Lifting");
        entry.GetProperty("amount").GetDecimal().ShouldBe(86_500.50m);
        lifted.GetProperty("account").GetProperty("balance").GetDecimal().ShouldBe(86_500.50m);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "seizures/2/lifted", new { liftedOn = "2026-04-03" }), HttpStatusCode.Conflict, "assets.already_lifted");

        await c.DoneAsync(caseId, "seizures/1/lifted", new { liftedOn = "2026-03-13" });
        await c.CompletedAsync(caseId, "assets.lifting.1.letter");
    }

    [Fact]
    public async Task An_auction_that_fails_twice_goes_to_a_fixed_price_sale_and_the_proceeds_show_in_the_account()
    {
        var c = _county;
        var caseId = await CaseWithAssetAsync("RealEstate", 2_000_000m);
        await OpenAccountAsync(caseId);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "sales", new { assetNumber = 1, method = "Auction", startingPrice = 1_400_000m, deposit = 140_000m, announcedOn = "2026-04-10", startsOn = "2026-05-11" }),
            HttpStatusCode.Conflict, "assets.no_plan");

        var plan = await c.DoneAsync(caseId, "realization-plan", new
        {
            adoptedBy = "CreditorsMeeting", basis = "第一次债权人会议第 2 号决议", adoptedOn = "2026-04-08",
            firstPricePercent = 65m, cutPercent = 20m, auctionRounds = 2, depositPercent = 10m, fixedPriceSale = true,
        }, HttpMethod.Put);
        plan.GetProperty("plan").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ShouldBe(["assets.warn.plan_first_price"]);

        // The first round at 65 % (the plan's), 25 days' notice for real estate: both SPC defaults warned.
        var first = await c.DoneAsync(caseId, "sales", new { assetNumber = 1, method = "Auction", startingPrice = 1_300_000m, deposit = 130_000m, announcedOn = "2026-04-10", startsOn = "2026-05-05" });
        first.GetProperty("sales")[0].GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ShouldBe(["assets.warn.first_price", "assets.warn.notice"]);
        await c.DoneAsync(caseId, "sales/1/result", new { sold = false, endedOn = "2026-05-06" });

        var second = await c.DoneAsync(caseId, "sales", new { assetNumber = 1, method = "Auction", startingPrice = 1_040_000m, deposit = 104_000m, announcedOn = "2026-05-08", startsOn = "2026-05-25" });
        second.GetProperty("sales")[1].GetProperty("round").GetInt32().ShouldBe(2);
        second.GetProperty("sales")[1].GetProperty("warnings").GetArrayLength().ShouldBe(0);
        await c.DoneAsync(caseId, "sales/2/result", new { sold = false, endedOn = "2026-05-26" });

        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "sales", new { assetNumber = 1, method = "Auction", startingPrice = 900_000m, deposit = 90_000m, announcedOn = "2026-05-27", startsOn = "2026-06-15" }),
            HttpStatusCode.Conflict, "assets.rounds_used");
        await c.DoneAsync(caseId, "sales", new { assetNumber = 1, method = "FixedPrice", startingPrice = 1_000_000m, announcedOn = "2026-05-27", startsOn = "2026-05-27" });
        var sold = await c.DoneAsync(caseId, "sales/3/result", new { sold = true, price = 1_000_000m, buyer = "洛阳某某置业有限公司", endedOn = "2026-06-10" });

        sold.GetProperty("assets")[0].GetProperty("status").GetString().ShouldBe("Realized");
        sold.GetProperty("sales")[2].GetProperty("outcome").GetString().ShouldBe("Sold");
        var account = sold.GetProperty("account");
        account.GetProperty("balance").GetDecimal().ShouldBe(1_000_000m);
        account.GetProperty("entries")[0].GetProperty("source").GetString().ShouldBe("Sale");
        account.GetProperty("entries")[0].GetProperty("sourceNumber").GetInt32().ShouldBe(3);

        // The judge follows the account live.
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("account").GetProperty("receipts").GetDecimal().ShouldBe(1_000_000m);
    }

    [Fact]
    public async Task The_account_is_opened_through_the_bank_and_a_payment_the_court_must_approve_waits_for_its_reply()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account/entries", new { direction = "Receipt", amount = 1m, on = "2026-03-12", counterparty = "某", purpose = "某" }),
            HttpStatusCode.Conflict, "assets.no_account");
        await c.DoneAsync(caseId, "account/request", new { requestedOn = "2026-03-11" });
        (await c.OpenItemAsync(caseId, "assets.account_opening")).GetProperty("unitId").GetGuid().ShouldBe(c.Units["Banking"]);
        await OpenAccountAsync(caseId);
        await c.CompletedAsync(caseId, "assets.account_opening");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account", new { bank = "另一家银行", number = "123", openedOn = "2026-03-13" }, HttpMethod.Put),
            HttpStatusCode.Conflict, "assets.account_open");

        await c.DoneAsync(caseId, "account/entries", new { direction = "Receipt", amount = 200_000.10m, on = "2026-03-15", counterparty = "洛阳某某商贸有限公司", purpose = "收回应收账款" });
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account/entries", new { direction = "Payment", amount = 200_000.11m, on = "2026-03-16", counterparty = "某", purpose = "某" }),
            HttpStatusCode.UnprocessableEntity, "assets.insufficient_balance");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account/entries", new { direction = "Payment", amount = 1m, on = "2026-03-16", counterparty = "某", purpose = "某", approval = "CreditorsCommittee", consent = "同意书" }),
            HttpStatusCode.Conflict, "assets.no_committee");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account/entries", new { direction = "Payment", amount = 1m, on = "2026-03-16", counterparty = "某", purpose = "某", approval = "Court", requestNumber = 1 }),
            HttpStatusCode.UnprocessableEntity, "assets.no_such_request");

        // Before the first creditors' meeting the administrator asks the court (art. 26); the payment waits.
        var submitted = await c.Administrator.PostAsJsonAsync($"/api/cases/{caseId}/requests",
            new { kind = "PayExpense", subject = "关于支付厂区安保费用的请示", text = "拟支付 2026 年 3 月厂区安保费 30,000 元。", requestedOn = "2026-03-16" }, c.Ct);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var request = await c.JsonAsync(submitted);
        var number = request.GetProperty("number").GetInt32();
        var waiting = await c.DoneAsync(caseId, "account/entries", new
        {
            direction = "Payment", amount = 30_000m, on = "2026-03-16", counterparty = "洛阳某某保安服务有限公司", purpose = "厂区安保费", approval = "Court", requestNumber = number,
        });
        var account = waiting.GetProperty("account");
        account.GetProperty("entries")[1].GetProperty("status").GetString().ShouldBe("AwaitingApproval");
        account.GetProperty("balance").GetDecimal().ShouldBe(200_000.10m);
        account.GetProperty("awaitingApproval").GetDecimal().ShouldBe(30_000m);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account/entries/2/booking", new { bookedOn = "2026-03-17" }), HttpStatusCode.Conflict, "assets.not_approved");

        var requestId = request.GetProperty("id").GetGuid();
        (await c.SendAsync(c.Judge, HttpMethod.Put, $"/api/cases/requests/{requestId}/reply", submitted.Headers.ETag!.Tag,
            new { approved = true, reply = "同意支付。", on = "2026-03-18" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var paid = await c.DoneAsync(caseId, "account/entries/2/booking", new { bookedOn = "2026-03-18" });
        paid.GetProperty("account").GetProperty("balance").GetDecimal().ShouldBe(170_000.10m);
        paid.GetProperty("account").GetProperty("entries")[1].GetProperty("status").GetString().ShouldBe("Booked");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "account/entries/2/booking", new { bookedOn = "2026-03-18" }), HttpStatusCode.Conflict, "assets.not_awaiting_approval");
    }

    private static IReadOnlyList<KeyValuePair<string, object?>> Row(string on, decimal? credit, decimal? debit, string counterparty, string memo) =>
    [
        new("交易日期", on), new("收入金额", credit), new("支出金额", debit), new("对方户名", counterparty), new("摘要", memo),
    ];

    [Fact]
    public async Task The_bank_statement_is_imported_and_reconciled_and_a_bad_row_imports_nothing()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        await OpenAccountAsync(caseId);
        await c.DoneAsync(caseId, "account/entries", new { direction = "Receipt", amount = 50_000m, on = "2026-03-15", counterparty = "甲公司", purpose = "货款" });
        await c.DoneAsync(caseId, "account/entries", new { direction = "Payment", amount = 1_200.50m, on = "2026-03-16", counterparty = "乙评估公司", purpose = "评估费" });

        var bad = await c.ImportStatementAsync(caseId, [Row("2026-03-15", 50_000m, null, "甲公司", "货款"), Row("2026-03-16", 10m, 10m, "乙", "两栏都填"), Row("某日", 1m, null, "丙", "日期错"),
            [new("交易日期", "2026-03-17"), new("收入金额", 1e30), new("支出金额", null), new("对方户名", "丁"), new("摘要", "超出任何金额")]]);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var codes = (await c.JsonAsync(bad)).GetProperty("errorCodes");
        codes.GetProperty("rows[3].amount")[0].GetString().ShouldBe("assets.statement_amount");
        codes.GetProperty("rows[4].on")[0].GetString().ShouldBe("validation.invalid_value");
        codes.GetProperty("rows[5].amount")[0].GetString().ShouldBe("assets.statement_amount");
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("account").GetProperty("statement").GetArrayLength().ShouldBe(0);

        IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> statement =
            [Row("2026-03-16", 50_000m, null, "甲公司", "货款"), Row("2026-03-17", null, 1_200.50m, "乙评估公司", "评估费"), Row("2026-03-21", 12.34m, null, "银行", "结息")];
        var imported = await c.ImportStatementAsync(caseId, statement);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(c.Ct));
        var account = (await c.JsonAsync(imported)).GetProperty("account");
        account.GetProperty("statement").EnumerateArray().Select(l => l.TryGetProperty("entryNumber", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0).ShouldBe([1, 2, 0]);
        account.GetProperty("unmatchedLines").GetInt32().ShouldBe(1);
        account.GetProperty("unmatchedEntries").GetInt32().ShouldBe(0);

        var again = await c.ImportStatementAsync(caseId, statement);
        (await c.JsonAsync(again)).GetProperty("account").GetProperty("statement").GetArrayLength().ShouldBe(3);
    }
}
