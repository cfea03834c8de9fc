using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// The distribution over HTTP, computed by hand: a mortgaged plant sold, a receivable collected, five claims in the Cases
/// register (one unreviewed, reserved), an appraisal fee, a fixed administrator's fee and the court fee on the scale; the
/// plan adopted by a tallied Cases resolution, confirmed by the judge, paid, a payment returned and forfeited after the
/// final notice (art. 118), the reserve settled (art. 119), then a supplementary version for what came free.
/// </summary>
public sealed class DistributionApiTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string PersonId = "11010519491231002X";
    private AssetsCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await AssetsCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private CancellationToken Ct => _county.Ct;

    private async Task<Guid> DeclareAsync(Guid caseId, object body)
    {
        var response = await _county.Administrator.PostAsJsonAsync($"/api/cases/{caseId}/claims", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await _county.JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task ReviewAsync(Guid caseId, Guid claim, object body)
    {
        var version = (await _county.Administrator.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims?limit=100", Ct)).GetProperty("items").EnumerateArray()
            .Single(x => x.GetProperty("id").GetGuid() == claim).GetProperty("version").GetUInt32();
        var reviewed = await _county.SendAsync(_county.Administrator, HttpMethod.Put, $"/api/cases/claims/{claim}/review", $"\"{version}\"", body);
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK, await reviewed.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> MeetingStepAsync(Guid meeting, HttpMethod method, string step, string version, object body)
    {
        var response = await _county.SendAsync(_county.Administrator, method, $"/api/cases/meetings/{meeting}/{step}", version, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return response.Headers.ETag!.Tag;
    }

    /// <summary>The estate of the worked example: 1,000,000.00 in the account, 700,000.00 of it the mortgaged plant's price; the register's lines 1–5.</summary>
    private async Task<(Guid CaseId, Guid[] Claims)> EstateAsync()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        var bank = await DeclareAsync(caseId, new { creditor = "某银行洛阳分行", creditorId = "91350100M000100Y43", kind = "Secured", priority = "Secured", votingClass = "Secured", principal = 900_000m, collateral = "厂房", rank = 1, declaredOn = "2026-04-01" });
        var worker = await DeclareAsync(caseId, new { creditor = "张三", creditorId = PersonId, kind = "Ordinary", priority = "Employee", votingClass = "Employee", principal = 50_000m, declaredOn = "2026-04-01" });
        var tax = await DeclareAsync(caseId, new { creditor = "涧西区税务局", kind = "Ordinary", priority = "TaxAndSocialInsurance", votingClass = "Tax", principal = 40_000m, declaredOn = "2026-04-01" });
        var supplier = await DeclareAsync(caseId, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", votingClass = "Ordinary", principal = 300_000m, declaredOn = "2026-04-01" });
        var disputed = await DeclareAsync(caseId, new { creditor = "乙公司", kind = "Ordinary", priority = "Ordinary", votingClass = "Ordinary", principal = 100_000m, declaredOn = "2026-04-01" });
        foreach (var claim in new[] { bank, worker, tax, supplier })
        {
            await ReviewAsync(caseId, claim, new { status = "Confirmed", on = "2026-04-30" });
        }

        await c.DoneAsync(caseId, "account", new { bank = "中国工商银行洛阳涧西支行", number = "1705 0200 0920 0012 345", openedOn = "2026-03-12" }, HttpMethod.Put);
        await c.DoneAsync(caseId, "account/entries", new { direction = "Receipt", amount = 300_000m, on = "2026-03-15", counterparty = "洛阳某某商贸有限公司", purpose = "收回应收账款" });
        await SoldPlantAsync(caseId, 700_000m, 900_000m);
        await c.DoneAsync(caseId, "expenses", new { kind = "BankruptcyExpense", description = "厂房评估费", amount = 15_000m, incurredOn = "2026-03-20" });
        await c.DoneAsync(caseId, "fee-scheme", new { fixedAmount = 20_000m, setOn = "2026-03-11" }, HttpMethod.Put, c.Judge);
        return (caseId, [bank, worker, tax, supplier, disputed]);
    }

    /// <summary>The plant, mortgaged to claim 1 for <paramref name="secured"/>, auctioned for <paramref name="price"/> on 2026-05-12 under the plan.</summary>
    private async Task SoldPlantAsync(Guid caseId, decimal price, decimal secured)
    {
        var c = _county;
        await c.DoneAsync(caseId, "assets", new
        {
            kind = "RealEstate", description = "厂房", location = "涧西区厂区", appraisedValue = 1_000_000m, appraisedOn = "2026-03-20",
            encumbrances = new[] { new { rank = "MortgageOrPledge", holder = "某银行洛阳分行", amount = secured, claimNumber = 1 } },
        });
        await c.DoneAsync(caseId, "realization-plan", new
        {
            adoptedBy = "CreditorsMeeting", basis = "第一次债权人会议第 2 号决议", adoptedOn = "2026-04-08",
            firstPricePercent = 1m, cutPercent = 20m, auctionRounds = 2, depositPercent = 10m, fixedPriceSale = true,
        }, HttpMethod.Put);
        await c.DoneAsync(caseId, "sales", new { assetNumber = 1, method = "Auction", startingPrice = price, deposit = 0m, announcedOn = "2026-04-10", startsOn = "2026-05-11" });
        await c.DoneAsync(caseId, "sales/1/result", new { sold = true, price, buyer = "洛阳某某置业有限公司", endedOn = "2026-05-12" });
    }

    private async Task<JsonElement> PlanAsync(Guid caseId, int number) =>
        await _county.Administrator.GetFromJsonAsync<JsonElement>($"/api/assets/cases/{caseId}/distribution-plans/{number}", Ct);

    private static JsonElement Line(JsonElement plan, int number) =>
        plan.GetProperty("arithmetic").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("number").GetInt32() == number);

    [Fact]
    public async Task A_plan_is_computed_voted_confirmed_paid_and_supplemented_to_the_cent()
    {
        var c = _county;
        var (caseId, claims) = await EstateAsync();
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans", new { }),
            HttpStatusCode.BadRequest, "draftedOn");

        // Free 300,000: court fee (13,800 ÷ 2 on 1,000,000) 6,900, fee 20,000, appraisal 15,000 → 258,100; ① 50,000; ② 40,000 → 168,100 for ③:
        // 甲 300,000, 乙 100,000 (unreviewed: reserved), the bank's shortfall 200,000: 84,050; 28,016.666…; 56,033.333… — the cent to 乙.
        await c.DoneAsync(caseId, "distribution-plans", new { draftedOn = "2026-05-15" });
        var plan = await PlanAsync(caseId, 1);
        var arithmetic = plan.GetProperty("arithmetic");
        arithmetic.GetProperty("courtFee").GetProperty("fee").GetDecimal().ShouldBe(6_900m);
        arithmetic.GetProperty("administratorFee").GetProperty("fee").GetDecimal().ShouldBe(20_000m);
        Line(plan, 1).GetProperty("paid").GetDecimal().ShouldBe(700_000m + 56_033.33m);
        Line(plan, 2).GetProperty("paid").GetDecimal().ShouldBe(50_000m);
        Line(plan, 2).GetProperty("creditor").GetString().ShouldBe("张*");
        Line(plan, 2).GetProperty("creditorKey").GetString().ShouldBe("110***********002X");
        Line(plan, 4).GetProperty("paid").GetDecimal().ShouldBe(84_050m);
        Line(plan, 5).GetProperty("reserved").GetDecimal().ShouldBe(28_016.67m);
        (arithmetic.GetProperty("paid").GetDecimal(), arithmetic.GetProperty("reserved").GetDecimal(), arithmetic.GetProperty("remaining").GetDecimal())
            .ShouldBe((971_983.33m, 28_016.67m, 0m));
        var ordinary = arithmetic.GetProperty("tranches").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "Ordinary");
        (ordinary.GetProperty("claimed").GetDecimal(), ordinary.GetProperty("moneyBefore").GetDecimal(), ordinary.GetProperty("rate").GetDecimal()).ShouldBe((600_000m, 168_100m, 0.280167m));

        var sheet = await c.Administrator.GetAsync($"/api/assets/cases/{caseId}/distribution-plans/1/plan.xlsx", Ct);
        sheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = Liandong.Bankruptcy.Platform.Http.Spreadsheets.ReadRows(await sheet.Content.ReadAsStreamAsync(Ct), 100)!;
        rows.Count.ShouldBe(5 + 3 + 1);
        rows.Skip(5).Take(3).Select(r => (r.Text("债权人"), r.Text("分配金额"))).ShouldBe([("案件受理费", "6900"), ("管理人报酬", "20000"), ("厂房评估费", "15000")]);
        rows.Select(r => r.Text("证件号码")).ShouldNotContain(PersonId);
        rows.Single(r => r.Text("债权编号") == "2").Text("证件号码").ShouldBe("110***********002X");

        // The vote: the meeting's Ordinary resolution is no vote on the plan; its distribution-plan resolution adopted (the bank had no vote).
        var convened = await c.Administrator.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-05-01", heldOn = "2026-05-20" }, Ct);
        convened.StatusCode.ShouldBe(HttpStatusCode.Created, await convened.Content.ReadAsStringAsync(Ct));
        var meeting = (await c.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = await MeetingStepAsync(meeting, HttpMethod.Post, "resolutions", convened.Headers.ETag!.Tag, new { kind = "Ordinary", title = "核查债权" });
        version = await MeetingStepAsync(meeting, HttpMethod.Post, "resolutions", version, new { kind = "DistributionPlan", title = "通过破产财产分配方案（第 1 版）" });
        foreach (var claim in claims[1..4])
        {
            version = await MeetingStepAsync(meeting, HttpMethod.Put, "ballots", version, new { resolution = 2, claimId = claim, ballot = "Yes" });
        }

        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/vote", new { meetingId = meeting, resolution = 2 }),
            HttpStatusCode.UnprocessableEntity, "assets.not_a_distribution_vote"); // not tallied yet
        version = await MeetingStepAsync(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-20" });
        await MeetingStepAsync(meeting, HttpMethod.Post, "tally", version, new { resolution = 2, on = "2026-05-20" });
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/vote", new { meetingId = meeting, resolution = 1 }),
            HttpStatusCode.UnprocessableEntity, "assets.not_a_distribution_vote");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/vote", new { meetingId = Guid.NewGuid(), resolution = 2 }),
            HttpStatusCode.UnprocessableEntity, "assets.no_such_resolution");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(c.Judge, caseId, "distribution-plans/1/confirmation", new { ruling = "(2026)豫0305破1号之三", confirmedOn = "2026-05-25" }),
            HttpStatusCode.Conflict, "assets.plan_not_adopted");
        var voted = await c.DoneAsync(caseId, "distribution-plans/1/vote", new { meetingId = meeting, resolution = 2 });
        voted.GetProperty("distribution").GetProperty("plans")[0].GetProperty("status").GetString().ShouldBe("Adopted");
        (await c.StepAsync(caseId, "distribution-plans/1/confirmation", new { ruling = "某", confirmedOn = "2026-05-25" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var confirmed = await c.DoneAsync(caseId, "distribution-plans/1/confirmation", new { ruling = "(2026)豫0305破1号之三", confirmedOn = "2026-05-25" }, client: c.Judge);
        confirmed.GetProperty("distribution").GetProperty("owed").GetDecimal().ShouldBe(1_000_000m);
        confirmed.GetProperty("distribution").GetProperty("expenses")[0].GetProperty("planNumber").GetInt32().ShouldBe(1);

        // The register: fees and the appraisal, then each creditor's share (the bank's 756,033.33 in one line), 乙's reserve.
        var payouts = (await PlanAsync(caseId, 1)).GetProperty("payouts").EnumerateArray().ToList();
        payouts.Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("amount").GetDecimal())).ShouldBe(
        [
            ("Expense", 6_900m), ("Expense", 20_000m), ("Expense", 15_000m), ("Share", 756_033.33m), ("Share", 50_000m), ("Share", 40_000m),
            ("Share", 84_050m), ("Reserve", 28_016.67m),
        ]);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/payouts/5/payment", new { account = "6222-0200-1234-5678", paidOn = "2026-05-24" }),
            HttpStatusCode.UnprocessableEntity, "assets.before_last_step");
        var paid = await c.DoneAsync(caseId, "distribution-plans/1/payouts/5/payment", new { account = "6222-0200-1234-5678", paidOn = "2026-05-26" });
        paid.GetProperty("account").GetProperty("balance").GetDecimal().ShouldBe(950_000m);
        (await PlanAsync(caseId, 1)).GetProperty("payouts")[4].GetProperty("account").GetString().ShouldBe("622************5678");
        await c.DoneAsync(caseId, "distribution-plans/1/payouts/5/return", new { on = "2026-05-28" });
        foreach (var position in new[] { 1, 2, 3, 4, 6, 7 })
        {
            await c.DoneAsync(caseId, $"distribution-plans/1/payouts/{position}/payment", new { account = "1705 0200 0000 2222", paidOn = "2026-05-28" });
        }

        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/payouts/4/payment", new { account = "1705", paidOn = "2026-05-29" }),
            HttpStatusCode.Conflict, "assets.payout_not_due");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/forfeiture", new { on = "2026-06-02" }),
            HttpStatusCode.Conflict, "assets.no_final_notice");
        var noticed = await c.DoneAsync(caseId, "distribution-plans/1/final-notice", new { on = "2026-06-01" });
        noticed.GetProperty("distribution").GetProperty("plans")[0].GetProperty("forfeitableOn").GetString().ShouldBe("2026-08-03"); // 08-01 is a Saturday
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/forfeiture", new { on = "2026-08-03" }),
            HttpStatusCode.Conflict, "assets.unclaimed_period_running");
        await c.DoneAsync(caseId, "distribution-plans/1/forfeiture", new { on = "2026-08-04" });

        // 乙's claim upheld at 20,000 of 100,000: 20,000 of its reserve released, 8,016.67 left for the others.
        await ReviewAsync(caseId, claims[4], new { status = "PartlyConfirmed", confirmedAmount = 20_000m, reason = "部分货款已付", on = "2026-08-04" });
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans/1/payouts/8/settlement", new { released = 28_016.68m, account = "1705", settledOn = "2026-08-05" }),
            HttpStatusCode.UnprocessableEntity, "assets.above_reserve");
        var settled = await c.DoneAsync(caseId, "distribution-plans/1/payouts/8/settlement", new { released = 20_000m, account = "1705 0200 0000 1111", settledOn = "2026-08-05" });
        settled.GetProperty("account").GetProperty("balance").GetDecimal().ShouldBe(58_016.67m); // 1,000,000 − 921,983.33 paid − 20,000 released
        settled.GetProperty("distribution").GetProperty("owed").GetDecimal().ShouldBe(0m);
        (await PlanAsync(caseId, 1)).GetProperty("payouts")[4].GetProperty("status").GetString().ShouldBe("Forfeited");

        // The supplementary version shares the 58,016.67 that came free: the court fee continues its scale ((13,800 + 0.9 % × 58,016.67) ÷ 2 =
        // 7,161.08, less 6,900 charged = 261.08), the fixed fee is spent; 张三 forfeited and 乙 (paid in full) take nothing; the bank (its
        // remaining 143,966.67, now ordinary) and 甲 (215,950) share 57,755.59 pro rata.
        await c.DoneAsync(caseId, "distribution-plans", new { draftedOn = "2026-08-06" });
        var second = await PlanAsync(caseId, 2);
        second.GetProperty("plan").GetProperty("supplementary").GetBoolean().ShouldBeTrue();
        var again = second.GetProperty("arithmetic");
        again.GetProperty("available").GetDecimal().ShouldBe(58_016.67m);
        again.GetProperty("courtFee").GetProperty("fee").GetDecimal().ShouldBe(261.08m);
        again.GetProperty("administratorFee").GetProperty("fee").GetDecimal().ShouldBe(0m);
        again.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("number").GetInt32()).ShouldBe([1, 4]);
        // 57,755.59 × 143,966.67 ÷ 359,916.67 = 23,102.236…; × 215,950 ÷ 359,916.67 = 34,653.353…: floors 57,755.58, the cent to the bank (.632 > .368).
        Line(second, 1).GetProperty("paid").GetDecimal().ShouldBe(23_102.24m);
        Line(second, 4).GetProperty("paid").GetDecimal().ShouldBe(34_653.35m);
        (again.GetProperty("paid").GetDecimal() + again.GetProperty("remaining").GetDecimal()).ShouldBe(58_016.67m);
    }

    [Fact]
    public async Task Bad_input_and_stale_versions_change_nothing_and_only_the_finance_unit_decides_the_fund()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "distribution-plans", new { draftedOn = "2026-04-01" }), HttpStatusCode.Conflict, "assets.no_account");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "expenses", new { description = "", amount = -1m, incurredOn = "2030-01-01" }),
            HttpStatusCode.BadRequest, "kind");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "expenses", new { kind = "BankruptcyExpense", description = "x", amount = 1.001m, incurredOn = "2026-04-01" }),
            HttpStatusCode.BadRequest, "amount");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(caseId, "fee-scheme/steps", new { step = "Notified", on = "2026-04-01" }), HttpStatusCode.Conflict, "assets.no_fee_scheme");
        await c.DoneAsync(caseId, "fee-scheme", new { setOn = "2026-03-11" }, HttpMethod.Put, c.Judge);
        var (file, _) = await c.FileAsync(c.Administrator, caseId);
        file.GetProperty("distribution").GetProperty("feeScheme").GetProperty("noticeDue").GetString().ShouldBe("2026-03-16"); // 3 days from Wed 03-11: Sat → Mon
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(c.Judge, caseId, "fee-scheme", new { fixedAmount = 1m, reason = "调整", setOn = "2026-04-01" }, HttpMethod.Put),
            HttpStatusCode.Conflict, "assets.fee_not_reported");
        await c.DoneAsync(caseId, "fee-scheme/steps", new { step = "Reported", on = "2026-04-20" });
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(c.Judge, caseId, "fee-scheme", new { fixedAmount = 1m, setOn = "2026-04-21" }, HttpMethod.Put),
            HttpStatusCode.UnprocessableEntity, "assets.reason_required");
        var stale = await c.SendAsync(c.Administrator, HttpMethod.Post, $"/api/assets/cases/{caseId}/expenses", "\"1\"",
            new { kind = "BankruptcyExpense", description = "公告费", amount = 800m, incurredOn = "2026-04-01" });
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        // The fund: the finance unit's item; a registry officer cannot decide; the finance officer approves part and pays it into the account.
        await c.DoneAsync(caseId, "account", new { bank = "中国工商银行洛阳涧西支行", number = "1705 0200 0920 0012 345", openedOn = "2026-03-12" }, HttpMethod.Put);
        await c.DoneAsync(caseId, "fund-applications", new { amount = 30_000m, purpose = "无产可破案件的公告费、管理人报酬", appliedOn = "2026-04-02" });
        (await c.OpenItemAsync(caseId, "assets.fund.1")).GetProperty("unitId").GetGuid().ShouldBe(c.Units["Finance"]);
        var finance = host.CreateClient(await host.CreateUnitUserAsync(c.County, c.Units["Finance"], null, AssetsPermissions.View, AssetsPermissions.Fund));
        var bank = host.CreateClient(await host.CreateUnitUserAsync(c.County, c.Units["Banking"], null, AssetsPermissions.View, AssetsPermissions.Fund));
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(bank, caseId, "fund-applications/1/decision", new { approved = true, decidedOn = "2026-04-10" }),
            HttpStatusCode.Forbidden, "assets.not_the_finance_unit");
        (await c.StepAsync(caseId, "fund-applications/1/decision", new { approved = true, decidedOn = "2026-04-10" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(finance, caseId, "fund-applications/1/decision", new { approved = true, amount = 30_000.01m, decidedOn = "2026-04-10" }),
            HttpStatusCode.UnprocessableEntity, "assets.above_application");
        await AssetsCounty.ShouldBeProblemAsync(await c.StepAsync(finance, caseId, "fund-applications/1/decision", new { approved = false, decidedOn = "2026-04-10" }),
            HttpStatusCode.BadRequest, "reason");
        await c.DoneAsync(caseId, "fund-applications/1/decision", new { approved = true, amount = 25_000m, decidedOn = "2026-04-10" }, client: finance);
        var funded = await c.DoneAsync(caseId, "fund-applications/1/payment", new { on = "2026-04-15" }, client: finance);
        funded.GetProperty("account").GetProperty("balance").GetDecimal().ShouldBe(25_000m);
        funded.GetProperty("account").GetProperty("entries")[0].GetProperty("source").GetString().ShouldBe("Fund");
        await c.CompletedAsync(caseId, "assets.fund.1");
    }

    [Fact]
    public async Task Tax_arising_after_acceptance_becomes_an_expense_of_the_estate_once_per_entry()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        var tax = host.CreateClient(await host.CreateUnitUserAsync(c.County, c.Units["Tax"], null, Tax.Contracts.TaxPermissions.View, Tax.Contracts.TaxPermissions.Administer));
        var file = await tax.GetAsync($"/api/tax/cases/{caseId}", Ct);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        var booked = await c.SendAsync(tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/post-acceptance-taxes", file.Headers.ETag!.Tag,
            new { source = "AssetSale", taxType = "增值税", amount = 3_000m, arisingOn = "2026-05-12" });
        booked.StatusCode.ShouldBe(HttpStatusCode.OK, await booked.Content.ReadAsStringAsync(Ct));
        booked = await c.SendAsync(tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/post-acceptance-taxes", booked.Headers.ETag!.Tag,
            new { source = "ContinuedOperation", taxType = "增值税", amount = 1_200.5m, arisingOn = "2026-05-31" });
        booked.StatusCode.ShouldBe(HttpStatusCode.OK);

        List<JsonElement> expenses = [];
        await Eventually.HoldsAsync(async () =>
            (expenses = [.. (await c.FileAsync(c.Administrator, caseId)).File.GetProperty("distribution").GetProperty("expenses").EnumerateArray()]).Count == 2);
        expenses.Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("amount").GetDecimal(), e.GetProperty("source").GetString(), e.GetProperty("owed").GetBoolean()))
            .ShouldBe([("BankruptcyExpense", 3_000m, "tax", true), ("CommonBenefit", 1_200.5m, "tax", true)], ignoreOrder: true); // two messages, delivered in either order
    }

    [Fact]
    public async Task The_countys_settings_move_the_fee_caps_and_put_tax_before_the_mortgage()
    {
        var c = _county;
        var admin = host.CreateClient(await host.CreateUserAsync(c.County, AssetsPermissions.View, AssetsPermissions.Settings));
        var settings = await admin.GetAsync("/api/assets/settings", Ct);
        var defaults = await c.JsonAsync(settings);
        (defaults.GetProperty("feeAdjustmentPercent").GetDecimal(), defaults.GetProperty("taxBeforeMortgage").GetBoolean()).ShouldBe((0m, false));
        var etag = settings.Headers.ETag!.Tag;
        (await c.SendAsync(c.Administrator, HttpMethod.Put, "/api/assets/settings", etag, new { feeAdjustmentPercent = -30m, taxBeforeMortgage = true })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        await AssetsCounty.ShouldBeProblemAsync(await c.SendAsync(admin, HttpMethod.Put, "/api/assets/settings", etag, new { feeAdjustmentPercent = 30.01m, taxBeforeMortgage = true }),
            HttpStatusCode.BadRequest, "feeAdjustmentPercent");
        (await c.SendAsync(admin, HttpMethod.Put, "/api/assets/settings", etag, new { feeAdjustmentPercent = -30m, taxBeforeMortgage = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.SendAsync(admin, HttpMethod.Put, "/api/assets/settings", etag, new { feeAdjustmentPercent = 0m, taxBeforeMortgage = false })).StatusCode
            .ShouldBe(HttpStatusCode.PreconditionFailed);

        // 100,000 in the account, 80,000 of it the plant's (mortgaged to the bank for 100,000): the tax bureau's 30,000 first, the bank 50,000.
        // Free 20,000: court fee on 100,000 1,150; fee at 12 % × 0.7 = 8.4 %: 8.4 % × 18,850 ÷ 1.084 = 1,460.70; 17,389.30 for ③:
        // 甲 50,000 and the bank's 50,000 shortfall, 8,694.65 each.
        var caseId = await c.CaseAsync();
        var claims = new[]
        {
            await DeclareAsync(caseId, new { creditor = "某银行洛阳分行", kind = "Secured", priority = "Secured", votingClass = "Secured", principal = 100_000m, collateral = "厂房", declaredOn = "2026-04-01" }),
            await DeclareAsync(caseId, new { creditor = "涧西区税务局", kind = "Ordinary", priority = "TaxAndSocialInsurance", votingClass = "Tax", principal = 30_000m, declaredOn = "2026-04-01" }),
            await DeclareAsync(caseId, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", votingClass = "Ordinary", principal = 50_000m, declaredOn = "2026-04-01" }),
        };
        foreach (var claim in claims)
        {
            await ReviewAsync(caseId, claim, new { status = "Confirmed", on = "2026-04-30" });
        }

        await c.DoneAsync(caseId, "account", new { bank = "中国工商银行洛阳涧西支行", number = "1705 0200 0920 0012 345", openedOn = "2026-03-12" }, HttpMethod.Put);
        await c.DoneAsync(caseId, "account/entries", new { direction = "Receipt", amount = 20_000m, on = "2026-03-15", counterparty = "洛阳某某商贸有限公司", purpose = "收回应收账款" });
        await SoldPlantAsync(caseId, 80_000m, 100_000m);
        await c.DoneAsync(caseId, "distribution-plans", new { draftedOn = "2026-05-15" });
        var plan = await PlanAsync(caseId, 1);
        plan.GetProperty("arithmetic").GetProperty("administratorFee").GetProperty("fee").GetDecimal().ShouldBe(1_460.70m);
        Line(plan, 2).GetProperty("paid").GetDecimal().ShouldBe(30_000m);
        Line(plan, 1).GetProperty("paid").GetDecimal().ShouldBe(50_000m + 8_694.65m);
        Line(plan, 3).GetProperty("paid").GetDecimal().ShouldBe(8_694.65m);
    }

    [Fact]
    public async Task The_register_says_which_arrears_predate_2006_and_each_subordinated_claims_level()
    {
        var c = _county;

        // Art. 132: the court fee on 110,000 is (50 + 2,250 + 200) ÷ 2 = 1,250, the court fixed no fee: 28,750 free for 张三's 60,000 of
        // 2005 arrears; the 31,250 unpaid comes from the plant's 80,000 ahead of the bank (48,750 left to it, 51,250 its shortfall).
        var caseId = await c.CaseAsync();
        var bad = await c.Administrator.PostAsJsonAsync($"/api/cases/{caseId}/claims",
            new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", principal = 1m, subordination = 2, arrearsBefore2006 = true, declaredOn = "2026-04-01" }, Ct);
        await AssetsCounty.ShouldBeProblemAsync(bad, HttpStatusCode.BadRequest, "arrearsBefore2006");
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("subordination");
        foreach (var claim in new[]
        {
            await DeclareAsync(caseId, new { creditor = "某银行洛阳分行", kind = "Secured", priority = "Secured", principal = 100_000m, collateral = "厂房", declaredOn = "2026-04-01" }),
            await DeclareAsync(caseId, new { creditor = "张三", creditorId = PersonId, kind = "Ordinary", priority = "Employee", principal = 60_000m, arrearsBefore2006 = true, declaredOn = "2026-04-01" }),
            await DeclareAsync(caseId, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", principal = 1_000m, declaredOn = "2026-04-01" }),
        })
        {
            await ReviewAsync(caseId, claim, new { status = "Confirmed", on = "2026-04-30" });
        }

        await c.DoneAsync(caseId, "account", new { bank = "中国工商银行洛阳涧西支行", number = "1705 0200 0920 0012 345", openedOn = "2026-03-12" }, HttpMethod.Put);
        await c.DoneAsync(caseId, "account/entries", new { direction = "Receipt", amount = 30_000m, on = "2026-03-15", counterparty = "某", purpose = "收回应收账款" });
        await SoldPlantAsync(caseId, 80_000m, 100_000m);
        await c.DoneAsync(caseId, "fee-scheme", new { fixedAmount = 0m, setOn = "2026-03-11" }, HttpMethod.Put, c.Judge);
        await c.DoneAsync(caseId, "distribution-plans", new { draftedOn = "2026-05-15" });
        var plan = await PlanAsync(caseId, 1);
        Line(plan, 2).GetProperty("paid").GetDecimal().ShouldBe(60_000m);
        Line(plan, 1).GetProperty("paid").GetDecimal().ShouldBe(48_750m);
        plan.GetProperty("arithmetic").GetProperty("tranches").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "PreReformArrears")
            .GetProperty("allocated").GetDecimal().ShouldBe(31_250m);

        // Levels: court fee on 20,000 (50 + 250) ÷ 2 = 150; 19,850: 甲 1,000, punitive damages 5,000, the fine 10,000, 3,850 of the criminal fine's 5,000.
        var second = await c.CaseAsync();
        foreach (var claim in new[]
        {
            await DeclareAsync(second, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", principal = 1_000m, declaredOn = "2026-04-01" }),
            await DeclareAsync(second, new { creditor = "市场监管局", kind = "Other", priority = "Subordinated", principal = 10_000m, subordination = 2, declaredOn = "2026-04-01" }),
            await DeclareAsync(second, new { creditor = "消费者乙", kind = "Other", priority = "Subordinated", principal = 5_000m, subordination = 1, declaredOn = "2026-04-01" }),
            await DeclareAsync(second, new { creditor = "某区人民法院", kind = "Other", priority = "Subordinated", principal = 5_000m, subordination = 3, declaredOn = "2026-04-01" }),
        })
        {
            await ReviewAsync(second, claim, new { status = "Confirmed", on = "2026-04-30" });
        }

        await c.DoneAsync(second, "account", new { bank = "中国工商银行洛阳涧西支行", number = "1705 0200 0920 0012 346", openedOn = "2026-03-12" }, HttpMethod.Put);
        await c.DoneAsync(second, "account/entries", new { direction = "Receipt", amount = 20_000m, on = "2026-03-15", counterparty = "某", purpose = "收回应收账款" });
        await c.DoneAsync(second, "fee-scheme", new { fixedAmount = 0m, setOn = "2026-03-11" }, HttpMethod.Put, c.Judge);
        await c.DoneAsync(second, "distribution-plans", new { draftedOn = "2026-05-15" });
        var levels = await PlanAsync(second, 1);
        Enumerable.Range(1, 4).Select(n => Line(levels, n).GetProperty("paid").GetDecimal()).ShouldBe([1_000m, 10_000m, 5_000m, 3_850m]);
    }
}
