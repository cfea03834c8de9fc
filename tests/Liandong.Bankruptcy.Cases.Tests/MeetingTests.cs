using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>A creditors' meeting over the claims register: notice, ballots in person and remote, the tally with its arithmetic.</summary>
public sealed class MeetingTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance,
            CasesPermissions.Claims, CasesPermissions.ManageClaims, CasesPermissions.ConfirmClaims, CasesPermissions.Meetings));
        _api = new CasesApi(_client, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Ballots_in_person_and_remote_are_tallied_over_the_register_with_their_arithmetic()
    {
        var (caseId, etag) = await _api.RegisterAsync(1);
        await _api.AdvancedAsync(caseId, etag, "AcceptLiquidation", null, "2026-03-02");
        var a = await Confirmed(caseId, "甲公司", 300);
        var b = await Confirmed(caseId, "乙公司", 200);
        var c = await Confirmed(caseId, "丙公司", 400);
        var bank = await Declare(caseId, new { creditor = "丁银行", kind = "Secured", priority = "Secured", votingClass = "Secured", principal = 1000, collateral = "厂房", declaredOn = "2026-04-01" });
        await ConfirmAsync(caseId, bank);
        var disputed = await Declare(caseId, new { creditor = "戊公司", kind = "Ordinary", priority = "Ordinary", principal = 900, declaredOn = "2026-04-01" }); // unreviewed

        (await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = false, noticeSentOn = "2026-05-01", heldOn = "2026-05-10" }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.UnprocessableEntity); // art. 63: 15 days' notice
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" }, _ct);
        convened.StatusCode.ShouldBe(HttpStatusCode.Created);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = convened.Headers.ETag!.Tag;

        version = await Change(meeting, HttpMethod.Post, "resolutions", version, new { kind = "Ordinary", title = "通过财产管理方案" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = a, ballot = "Yes", remote = true });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = c, ballot = "Yes", remote = true });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = b, ballot = "No" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = bank, ballot = "No" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = disputed, ballot = "No" }); // no court-set amount: no vote
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ballots", version, new { resolution = 1, claimId = Guid.NewGuid(), ballot = "Yes" })).StatusCode
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-05" });

        var resolution = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/meetings", _ct))[0].GetProperty("resolutions")[0];
        (resolution.GetProperty("adopted").GetBoolean(), resolution.GetProperty("resultNoticeDue").GetString()).ShouldBe((false, "2026-05-08")); // remote voters told within 3 days
        var lines = resolution.GetProperty("arithmetic")[0].GetProperty("lines");
        (lines[0].GetProperty("numerator").GetDecimal(), lines[0].GetProperty("denominator").GetDecimal(), lines[0].GetProperty("passed").GetBoolean())
            .ShouldBe((2m, 4m, false)); // 甲 丙 of 甲 乙 丙 丁: no majority of heads (art. 64) …
        (lines[1].GetProperty("numerator").GetDecimal(), lines[1].GetProperty("denominator").GetDecimal(), lines[1].GetProperty("passed").GetBoolean())
            .ShouldBe((700m, 900m, true)); // … though the amounts would carry it
        resolution.GetProperty("arithmetic")[0].GetProperty("excluded").EnumerateArray().Single().GetString()!.ShouldStartWith("戊公司");
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ballots", version, new { resolution = 1, claimId = b, ballot = "Yes" })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict); // tallied: closed

        // The court sets 戊's voting amount; on a second resolution the bank (secured, priority kept) has no vote on the distribution plan.
        var d = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims", _ct)).GetProperty("items").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == disputed);
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/claims/{disputed}/voting-amount", $"\"{d.GetProperty("version").GetUInt32()}\"", new { amount = 100 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        version = await Change(meeting, HttpMethod.Post, "resolutions", version, new { kind = "DistributionPlan", title = "通过破产财产分配方案" });
        foreach (var (claim, ballot) in new[] { (a, "Yes"), (c, "Yes"), (b, "No"), (bank, "No"), (disputed, "Yes") })
        {
            version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 2, claimId = claim, ballot });
        }

        await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 2, on = "2026-05-05" });
        var plan = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/meetings", _ct))[0].GetProperty("resolutions")[1];
        var planLines = plan.GetProperty("arithmetic")[0].GetProperty("lines");
        (planLines[0].GetProperty("numerator").GetDecimal(), planLines[0].GetProperty("denominator").GetDecimal()).ShouldBe((3m, 4m)); // 甲 丙 戊 of 甲 乙 丙 戊
        (planLines[1].GetProperty("numerator").GetDecimal(), planLines[1].GetProperty("denominator").GetDecimal()).ShouldBe((800m, 1000m));
        plan.GetProperty("adopted").GetBoolean().ShouldBeTrue();

        var page = await _client.GetStringAsync($"/cases/{caseId}/creditors", _ct); // the creditors page shows the register and the results
        page.ShouldContain("甲公司");
        page.ShouldContain("第 1 次债权人会议");
        page.ShouldContain("通过破产财产分配方案：通过");
    }

    [Fact]
    public async Task A_plan_rejected_by_one_class_is_voted_again_by_that_class_only_then_the_court_rules_and_duties_follow()
    {
        var (caseId, etag) = await _api.RegisterAsync(1);
        etag = await _api.AdvancedAsync(caseId, etag, "AcceptReorganization", null, "2026-03-02");
        await _api.AdvancedAsync(caseId, etag, "SubmitPlan", null, "2026-04-20");
        var bank = await Declare(caseId, new { creditor = "丁银行", kind = "Secured", priority = "Secured", votingClass = "Secured", principal = 1000, collateral = "厂房", declaredOn = "2026-04-01" });
        var a = await Declare(caseId, new { creditor = "甲公司", kind = "Ordinary", priority = "Ordinary", votingClass = "Ordinary", principal = 300, declaredOn = "2026-04-01" });
        var b = await Declare(caseId, new { creditor = "乙公司", kind = "Ordinary", priority = "Ordinary", votingClass = "Ordinary", principal = 600, declaredOn = "2026-04-01" });
        var set = await Declare(caseId, new { creditor = "庚公司", kind = "SetOff", priority = "Ordinary", votingClass = "Ordinary", principal = 50, declaredOn = "2026-04-01" });
        foreach (var claim in new[] { bank, a, b, set })
        {
            await ConfirmAsync(caseId, claim);
        }

        // A later meeting needs 15 days' notice, and its notice becomes a publication duty due 15 days before it.
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = false, noticeSentOn = "2026-05-01", heldOn = "2026-05-20" }, _ct);
        convened.StatusCode.ShouldBe(HttpStatusCode.Created);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = convened.Headers.ETag!.Tag;

        version = await Change(meeting, HttpMethod.Post, "resolutions", version, new { kind = "ReorganizationPlan", title = "表决重整计划草案" });
        (await _api.SendAsync(HttpMethod.Post, $"/api/cases/meetings/{meeting}/revote", version, new { resolution = 1 })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict); // not voted yet
        foreach (var (claim, ballot) in new[] { (bank, "Yes"), (a, "Yes"), (b, "No"), (set, "Yes") })
        {
            version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = claim, ballot, remote = claim == b });
        }

        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-20" });
        var first = (await Meeting(caseId)).GetProperty("resolutions")[0];
        first.GetProperty("adopted").GetBoolean().ShouldBeFalse();
        var classes = first.GetProperty("arithmetic").EnumerateArray().ToDictionary(x => x.GetProperty("class").GetString()!, x => x.GetProperty("adopted").GetBoolean());
        classes.ShouldBe(new Dictionary<string, bool> { ["Secured"] = true, ["Ordinary"] = false }); // 300 of 900 < 2/3; the set-off line has no vote

        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ruling", version,
            new { resolution = 1, ruling = new { number = "(2026)豫0000破1号之二", date = "2026-05-25" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // kind missing
        version = await Change(meeting, HttpMethod.Post, "revote", version, new { resolution = 1 });
        (await _api.SendAsync(HttpMethod.Post, $"/api/cases/meetings/{meeting}/revote", version, new { resolution = 1 })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict); // once only (art. 87)
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 2, claimId = a, ballot = "Yes" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 2, claimId = b, ballot = "No" });
        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 2, on = "2026-05-30" });
        var second = (await Meeting(caseId)).GetProperty("resolutions")[1];
        (second.GetProperty("revoteOf").GetInt32(), second.GetProperty("adopted").GetBoolean()).ShouldBe((1, false));
        second.GetProperty("arithmetic").EnumerateArray().Select(x => x.GetProperty("class").GetString()).ShouldBe(["Secured", "Ordinary"]); // the secured class kept its result

        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ruling", version,
            new { resolution = 1, ruling = new { number = "(2026)豫0000破1号之二", date = "2026-06-05", kind = "民事裁定书" } })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict); // the first vote was voted again: the ruling is on the second
        var forced = new { number = "(2026)豫0000破1号之二", date = "2026-06-05", kind = "民事裁定书" };
        var withoutFindings = await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ruling", version, new { resolution = 2, ruling = forced });
        (withoutFindings.StatusCode, (await _api.JsonAsync(withoutFindings)).GetProperty("code").GetString())
            .ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.forced_approval_conditions")); // art. 87(2)(1)–(6) recorded, each
        string[] findings = ["担保债权就特定财产全额清偿、损失得到补偿", "职工债权、社会保险费全额清偿", "税款全额清偿", "普通债权清偿比例不低于破产清算", "出资人权益调整公平、公正", "公平对待同一表决组成员且不违反第一百一十三条顺序", "经营方案可行"];
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ruling", version, new { resolution = 2, ruling = forced, forcedApprovalFindings = findings }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // seven: more than the six conditions
        version = await Change(meeting, HttpMethod.Put, "ruling", version, new { resolution = 2, ruling = forced, forcedApprovalFindings = findings[..6] });
        version = await Change(meeting, HttpMethod.Put, "minutes", version, new { minutes = "会议由管理人主持，出席债权人四名。" });
        var saved = await Meeting(caseId);
        saved.GetProperty("resolutions")[1].GetProperty("ruling").GetProperty("number").GetString().ShouldBe("(2026)豫0000破1号之二");
        saved.GetProperty("resolutions")[1].GetProperty("forcedApprovalFindings").GetArrayLength().ShouldBe(6);
        saved.GetProperty("minutes").GetString().ShouldBe("会议由管理人主持，出席债权人四名。");

        var duties = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/publications", _ct)).EnumerateArray()
            .Select(x => (Kind: x.GetProperty("kind").GetString(), Starts: x.GetProperty("startsOn").GetString(), Due: x.GetProperty("dueOn").GetString())).ToList();
        duties.ShouldContain(("MeetingNotice", "2026-05-01", "2026-05-05")); // out 15 days before the 20th
        // 乙 voted remotely on the first vote: told within 3 days (Interpretation III art. 11); 05-23 is a Saturday, so
        // the period ends on Monday 05-25 (Civil Procedure Law art. 85). This test expected 05-23 before issue 16.
        duties.ShouldContain(("MeetingResult", "2026-05-20", "2026-05-25"));
        duties.ShouldNotContain(d => d.Kind == "MeetingResult" && d.Starts == "2026-05-30"); // nobody voted remotely on the second

        // The application for approval over the rejecting class starts the court's 30 days (art. 87(3)); the approval
        // then rests on art. 87 and the second vote, and meets them.
        var current = await _client.GetAsync($"/api/cases/{caseId}", _ct);
        Deadlines(await _api.JsonAsync(current))["PlanVoteMeeting"].ShouldBe(("2026-05-20", "Met")); // art. 84(1): 30 days from 04-20, met by the vote
        var strange = await _api.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/forced-approval-application", current.Headers.ETag!.Tag,
            new { meetingId = Guid.NewGuid(), resolution = 2, on = "2026-06-01" });
        (strange.StatusCode, (await _api.JsonAsync(strange)).GetProperty("code").GetString()).ShouldBe(((HttpStatusCode)422, "cases.forced_approval_without_adopting_class"));
        var applied = await _api.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/forced-approval-application", current.Headers.ETag!.Tag,
            new { meetingId = meeting, resolution = 2, on = "2026-06-01" });
        applied.StatusCode.ShouldBe(HttpStatusCode.OK);
        Deadlines(await _api.JsonAsync(applied))["ApprovalRuling"].ShouldBe(("2026-07-01", "Open")); // 06-01 + 30
        var approved = await _api.SendAsync(HttpMethod.Post, $"/api/cases/{caseId}/transitions", applied.Headers.ETag!.Tag, new
        {
            action = "ApprovePlan", basis = "Art87", planVote = new { meetingId = meeting, resolution = 2 }, supervisionUntil = "2027-06-05",
            ruling = new { number = "(2026)豫0000破1号之二", date = "2026-06-05", kind = "民事裁定书" },
        });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        Deadlines(await _api.JsonAsync(approved))["ApprovalRuling"].ShouldBe(("2026-07-01", "Met"));
    }

    [Fact]
    public async Task The_courts_confirmation_starts_one_claims_notice_per_ruling_date()
    {
        var (caseId, etag) = await _api.RegisterAsync(1);
        await _api.AdvancedAsync(caseId, etag, "AcceptLiquidation", null, "2026-03-02");
        foreach (var creditor in new[] { "甲公司", "乙公司" })
        {
            var claim = await Confirmed(caseId, creditor, 100);
            var version = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims", _ct)).GetProperty("items").EnumerateArray()
                .Single(x => x.GetProperty("id").GetGuid() == claim).GetProperty("version").GetUInt32();
            (await _api.SendAsync(HttpMethod.Put, $"/api/cases/claims/{claim}/confirmation", $"\"{version}\"", new { on = "2026-06-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var notices = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/publications", _ct)).EnumerateArray()
            .Where(x => x.GetProperty("kind").GetString() == "ClaimsNotice").ToList();
        notices.Count.ShouldBe(1);
        notices[0].GetProperty("text").GetString()!.ShouldContain("2026年6月1日裁定确认无异议债权");
    }

    private async Task<JsonElement> Meeting(Guid caseId) => (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/meetings", _ct))[0];

    [Fact]
    public async Task A_creditor_with_two_lines_casts_one_ballot_and_counts_once_with_their_sum_arts_59_64()
    {
        var (caseId, etag) = await _api.RegisterAsync(9);
        await _api.AdvancedAsync(caseId, etag, "AcceptLiquidation", null, "2026-03-02");
        const string Bureau = "91350100M000100Y43"; // the tax bureau's tax and its social insurance: one creditor
        var tax = await Declare(caseId, new { creditor = "涧西区税务局", creditorId = Bureau, kind = "Ordinary", priority = "Ordinary", principal = 60, declaredOn = "2026-04-01" });
        var insurance = await Declare(caseId, new { creditor = "涧西区税务局（社保费）", creditorId = Bureau, kind = "Ordinary", priority = "Ordinary", principal = 40, declaredOn = "2026-04-01" });
        await ConfirmAsync(caseId, tax);
        await ConfirmAsync(caseId, insurance);
        var b = await Confirmed(caseId, "乙公司", 50);
        var c = await Confirmed(caseId, "丙公司", 50);
        (await _client.PostAsJsonAsync($"/api/cases/{caseId}/claims", new { creditor = "丁", creditorId = "91350100M000100Y44", kind = "Ordinary", priority = "Ordinary", principal = 1, declaredOn = "2026-04-01" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // a creditor number whose check character fails

        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" }, _ct);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = await Change(meeting, HttpMethod.Post, "resolutions", convened.Headers.ETag!.Tag, new { kind = "Ordinary", title = "通过财产变价方案" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = tax, ballot = "Yes" }); // one ballot: both its lines
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = b, ballot = "No" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = c, ballot = "No" });
        await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-05" });

        var lines = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/meetings", _ct))[0].GetProperty("resolutions")[0].GetProperty("arithmetic")[0].GetProperty("lines");
        (lines[0].GetProperty("numerator").GetDecimal(), lines[0].GetProperty("denominator").GetDecimal()).ShouldBe((1m, 3m)); // 1 of 3 creditors, not 2 of 4 lines
        (lines[1].GetProperty("numerator").GetDecimal(), lines[1].GetProperty("denominator").GetDecimal()).ShouldBe((100m, 200m)); // with 60 + 40
        var register = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims", _ct)).GetProperty("items");
        register.EnumerateArray().Count(x => x.TryGetProperty("creditorId", out var id) && id.GetString() == Bureau).ShouldBe(2);
    }

    [Fact]
    public async Task The_court_rules_only_where_the_law_gives_it_a_ruling_arts_65_87()
    {
        var (caseId, etag) = await _api.RegisterAsync(10);
        await _api.AdvancedAsync(caseId, etag, "AcceptLiquidation", null, "2026-03-02");
        var a = await Confirmed(caseId, "甲公司", 300);
        var b = await Confirmed(caseId, "乙公司", 700);
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" }, _ct);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = convened.Headers.ETag!.Tag;
        var ruling = new { number = "(2026)豫0000破1号之三", date = "2026-05-10", kind = "民事裁定书" };
        var number = 0;
        async Task<int> Failed(string kind)
        {
            version = await Change(meeting, HttpMethod.Post, "resolutions", version, new { kind, title = kind });
            number++;
            version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = number, claimId = a, ballot = "Yes" });
            version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = number, claimId = b, ballot = "No" });
            version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = number, on = "2026-05-05" }); // 300 of 1000: not adopted
            return number;
        }

        async Task<string?> Rule(int resolution)
        {
            var response = await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ruling", version, new { resolution, ruling });
            if (response.StatusCode == HttpStatusCode.OK)
            {
                version = response.Headers.ETag!.Tag;
                return null;
            }

            return (await _api.JsonAsync(response)).GetProperty("code").GetString();
        }

        (await Rule(await Failed("ManagementPlan"))).ShouldBeNull();   // art. 65(1)
        (await Rule(await Failed("RealizationPlan"))).ShouldBeNull();  // art. 65(1)
        (await Rule(await Failed("Ordinary"))).ShouldBe("cases.no_ruling_in_law");
        var distribution = await Failed("DistributionPlan");
        (await Rule(distribution)).ShouldBe("cases.ruling_after_second_vote"); // art. 65(2): a second vote first
        version = await Change(meeting, HttpMethod.Post, "revote", version, new { resolution = distribution });
        number++;
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = number, claimId = a, ballot = "Yes" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = number, claimId = b, ballot = "No" });
        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = number, on = "2026-05-06" });
        (await Rule(number)).ShouldBeNull(); // the second vote failed too: the court rules

        var resolutions = (await Meeting(caseId)).GetProperty("resolutions").EnumerateArray()
            .Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("ruling").ValueKind == JsonValueKind.Object)).ToList();
        resolutions.ShouldBe([("ManagementPlan", true), ("RealizationPlan", true), ("Ordinary", false), ("DistributionPlan", false), ("DistributionPlan", true)]);
    }

    [Fact]
    public async Task A_plan_no_class_adopted_is_not_approved_over_them_art_87()
    {
        var (caseId, etag) = await _api.RegisterAsync(11);
        await _api.AdvancedAsync(caseId, etag, "AcceptReorganization", null, "2026-03-02");
        var a = await Confirmed(caseId, "甲公司", 300);
        var b = await Confirmed(caseId, "乙公司", 700);
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" }, _ct);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = await Change(meeting, HttpMethod.Post, "resolutions", convened.Headers.ETag!.Tag, new { kind = "ReorganizationPlan", title = "重整计划草案" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = a, ballot = "Yes" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = b, ballot = "No" });
        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-05" });

        var refused = await _api.SendAsync(HttpMethod.Put, $"/api/cases/meetings/{meeting}/ruling", version, new
        {
            resolution = 1, ruling = new { number = "(2026)豫0000破1号之四", date = "2026-05-10", kind = "民事裁定书" },
            forcedApprovalFindings = Enumerable.Range(1, 6).Select(i => $"第（{i}）项已满足").ToArray(),
        });

        (refused.StatusCode, (await _api.JsonAsync(refused)).GetProperty("code").GetString())
            .ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.forced_approval_without_adopting_class")); // the only class rejected it
    }

    [Fact]
    public async Task A_meeting_held_before_its_notice_or_noticed_before_the_acceptance_is_refused_naming_both_dates()
    {
        var (caseId, etag) = await _api.RegisterAsync(12);
        await _api.AdvancedAsync(caseId, etag, "AcceptLiquidation", null, "2026-03-02");

        var beforeNotice = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-04-20" }, _ct);
        beforeNotice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await _api.JsonAsync(beforeNotice)).GetProperty("errors").GetProperty("heldOn")[0].GetString()!;
        (error.Contains("2026-04-20", StringComparison.Ordinal) && error.Contains("2026-04-25", StringComparison.Ordinal)).ShouldBeTrue(error);

        var beforeAcceptance = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-03-01", heldOn = "2026-03-20" }, _ct);
        (beforeAcceptance.StatusCode, (await _api.JsonAsync(beforeAcceptance)).GetProperty("code").GetString())
            .ShouldBe((HttpStatusCode.UnprocessableEntity, "cases.meeting_notice_before_acceptance")); // accepted 03-02
        (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/meetings", _ct)).GetArrayLength().ShouldBe(0); // nothing convened
    }

    [Fact]
    public async Task Classes_whose_rights_the_plan_leaves_untouched_do_not_vote_interpretation_iii_11()
    {
        var (caseId, etag) = await _api.RegisterAsync(13);
        await _api.AdvancedAsync(caseId, etag, "AcceptReorganization", null, "2026-03-02");
        var bank = await Declare(caseId, new { creditor = "丁银行", kind = "Secured", priority = "Secured", principal = 1000, collateral = "厂房", declaredOn = "2026-04-01" });
        await ConfirmAsync(caseId, bank);
        var a = await Confirmed(caseId, "甲公司", 300);
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" }, _ct);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        (await _api.SendAsync(HttpMethod.Post, $"/api/cases/meetings/{meeting}/resolutions", convened.Headers.ETag!.Tag,
            new { kind = "Ordinary", title = "x", adjustedClasses = new[] { "Ordinary" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // only a plan names classes

        // The plan pays the secured creditor in full and adjusts the ordinary class only: the bank's "no" is no vote.
        var version = await Change(meeting, HttpMethod.Post, "resolutions", convened.Headers.ETag!.Tag,
            new { kind = "ReorganizationPlan", title = "重整计划草案（担保债权全额清偿）", adjustedClasses = new[] { "Ordinary" } });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = bank, ballot = "No" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = a, ballot = "Yes" });
        await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-05" });

        var resolution = (await Meeting(caseId)).GetProperty("resolutions")[0];
        resolution.GetProperty("arithmetic").EnumerateArray().Select(c => c.GetProperty("class").GetString()).ShouldBe(["Ordinary"]);
        resolution.GetProperty("adopted").GetBoolean().ShouldBeTrue(); // with every class voting, the secured class would reject it
    }

    [Fact]
    public async Task A_plan_every_class_adopted_is_applied_for_in_10_days_and_approved_on_art_86_tied_to_its_vote_with_the_supervision_report_arts_84_86_90_91()
    {
        var (caseId, etag) = await _api.RegisterAsync(40);
        etag = await _api.AdvancedAsync(caseId, etag, "AcceptReorganization", null, "2026-03-02");
        etag = await _api.AdvancedAsync(caseId, etag, "SubmitPlan", null, "2026-05-04");
        Deadlines(await _api.JsonAsync(await _client.GetAsync($"/api/cases/{caseId}", _ct)))["PlanVoteMeeting"].ShouldBe(("2026-06-03", "Open")); // art. 84(1): 30 days
        var a = await Confirmed(caseId, "甲公司", 300);
        var b = await Confirmed(caseId, "乙公司", 600);
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = false, noticeSentOn = "2026-05-10", heldOn = "2026-05-26" }, _ct);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = await Change(meeting, HttpMethod.Post, "resolutions", convened.Headers.ETag!.Tag, new { kind = "ReorganizationPlan", title = "表决重整计划草案" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = a, ballot = "Yes" });
        version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = b, ballot = "Yes" });
        await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-26" });

        var voted = await _client.GetAsync($"/api/cases/{caseId}", _ct);
        var deadlines = Deadlines(await _api.JsonAsync(voted));
        deadlines["PlanVoteMeeting"].ShouldBe(("2026-06-03", "Met"));
        deadlines["ApprovalApplication"].ShouldBe(("2026-06-05", "Open")); // art. 86(2): 05-26 + 10
        var applied = await _api.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/deadlines/ApprovalApplication/met", voted.Headers.ETag!.Tag, new { on = "2026-06-01" });
        applied.StatusCode.ShouldBe(HttpStatusCode.OK);
        Deadlines(await _api.JsonAsync(applied))["ApprovalRuling"].ShouldBe(("2026-07-01", "Open")); // art. 86(2): 30 days from the application
        etag = applied.Headers.ETag!.Tag;

        async Task<HttpResponseMessage> Approve(string basis, object? planVote, string? supervisionUntil = "2027-06-30") =>
            await _api.SendAsync(HttpMethod.Post, $"/api/cases/{caseId}/transitions", etag, new
            {
                action = "ApprovePlan", basis, planVote, supervisionUntil,
                ruling = new { number = "(2026)豫0000破40号之三", date = "2026-06-20", kind = "民事裁定书" },
            });

        var noVote = await Approve("Art86", null, null);
        noVote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _api.JsonAsync(noVote)).GetProperty("errorCodes").EnumerateObject().Select(e => e.Name).ShouldBe(["planVote", "supervisionUntil"], ignoreOrder: true);
        var otherVote = await Approve("Art86", new { meetingId = Guid.NewGuid(), resolution = 1 });
        (otherVote.StatusCode, (await _api.JsonAsync(otherVote)).GetProperty("code").GetString()).ShouldBe(((HttpStatusCode)422, "cases.plan_approval_without_vote"));
        var forced = await Approve("Art87", new { meetingId = meeting, resolution = 1 });
        (forced.StatusCode, (await _api.JsonAsync(forced)).GetProperty("code").GetString()).ShouldBe(((HttpStatusCode)422, "cases.plan_approval_basis")); // adopted: art. 86
        (await _client.GetAsync($"/api/cases/{caseId}", _ct)).Headers.ETag!.Tag.ShouldBe(etag); // refused, nothing changed

        var approved = await Approve("Art86", new { meetingId = meeting, resolution = 1 });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await _api.JsonAsync(approved);
        body.GetProperty("state").GetString().ShouldBe("PlanExecution");
        (body.GetProperty("approvedPlan").GetProperty("meetingId").GetGuid(), body.GetProperty("approvedPlan").GetProperty("resolution").GetInt32()).ShouldBe((meeting, 1));
        deadlines = Deadlines(body);
        deadlines["ApprovalRuling"].ShouldBe(("2026-07-01", "Met"));
        deadlines["SupervisionReport"].ShouldBe(("2027-06-30", "Open")); // art. 91: when the supervision the plan set ends
    }

    [Fact]
    public async Task An_adopted_resolution_may_be_challenged_for_15_days_and_an_art_65_ruling_reconsidered_for_15_arts_64_66()
    {
        var (caseId, etag) = await _api.RegisterAsync(41);
        await _api.AdvancedAsync(caseId, etag, "AcceptLiquidation", null, "2026-03-02");
        var a = await Confirmed(caseId, "甲公司", 300);
        var b = await Confirmed(caseId, "乙公司", 600);
        var convened = await _client.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-05-01", heldOn = "2026-05-06" }, _ct);
        var meeting = (await _api.JsonAsync(convened)).GetProperty("id").GetGuid();
        var version = await Change(meeting, HttpMethod.Post, "resolutions", convened.Headers.ETag!.Tag, new { kind = "Ordinary", title = "选任债权人委员会成员" });
        version = await Change(meeting, HttpMethod.Post, "resolutions", version, new { kind = "RealizationPlan", title = "通过破产财产变价方案" });
        foreach (var (claim, first, second) in new[] { (a, "Yes", "No"), (b, "Yes", "No") })
        {
            version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 1, claimId = claim, ballot = first });
            version = await Change(meeting, HttpMethod.Put, "ballots", version, new { resolution = 2, claimId = claim, ballot = second });
        }

        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 1, on = "2026-05-06" });
        version = await Change(meeting, HttpMethod.Post, "tally", version, new { resolution = 2, on = "2026-05-06" });
        await Change(meeting, HttpMethod.Put, "ruling", version, new { resolution = 2, ruling = new { number = "(2026)豫0000破41号之一", date = "2026-05-08", kind = "民事裁定书" } });

        var resolutions = (await Meeting(caseId)).GetProperty("resolutions");
        resolutions[0].GetProperty("challengeDue").GetString().ShouldBe("2026-05-21");        // art. 64(2): 05-06 + 15
        resolutions[0].GetProperty("reconsiderationDue").ValueKind.ShouldBe(JsonValueKind.Null);
        resolutions[1].GetProperty("challengeDue").ValueKind.ShouldBe(JsonValueKind.Null);    // not adopted: nothing to set aside
        resolutions[1].GetProperty("reconsiderationDue").GetString().ShouldBe("2026-05-25"); // art. 66: 05-08 + 15 = Saturday 05-23
    }

    private static Dictionary<string, (string?, string?)> Deadlines(JsonElement c) => c.GetProperty("deadlines").EnumerateArray()
        .ToDictionary(d => d.GetProperty("kind").GetString()!, d => (d.GetProperty("due").GetString(), d.GetProperty("status").GetString()));

    private async Task<string> Change(Guid meeting, HttpMethod method, string step, string version, object body)
    {
        var response = await _api.SendAsync(method, $"/api/cases/meetings/{meeting}/{step}", version, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return response.Headers.ETag!.Tag;
    }

    private async Task<Guid> Confirmed(Guid caseId, string creditor, decimal amount)
    {
        var claim = await Declare(caseId, new { creditor, kind = "Ordinary", priority = "Ordinary", principal = amount, declaredOn = "2026-04-01" });
        await ConfirmAsync(caseId, claim);
        return claim;
    }

    private async Task ConfirmAsync(Guid caseId, Guid claim)
    {
        var version = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims", _ct)).GetProperty("items").EnumerateArray()
            .Single(x => x.GetProperty("id").GetGuid() == claim).GetProperty("version").GetUInt32();
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/claims/{claim}/review", $"\"{version}\"", new { status = "Confirmed", on = "2026-04-30" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<Guid> Declare(Guid caseId, object body)
    {
        var response = await _client.PostAsJsonAsync($"/api/cases/{caseId}/claims", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await _api.JsonAsync(response)).GetProperty("id").GetGuid();
    }
}
