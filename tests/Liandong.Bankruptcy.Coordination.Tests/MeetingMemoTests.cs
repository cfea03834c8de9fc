using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>
/// A special coordination meeting: its memo makes items for three units, which reach them at once; the units report
/// their results; the office sends them up and circulates them; the memo and the circulated report list them.
/// </summary>
public sealed class MeetingMemoTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CoordinationCounty _c = null!;

    public async ValueTask InitializeAsync() => _c = await CoordinationCounty.CreateAsync(host, _ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_memo_makes_items_for_three_units_whose_results_are_sent_up_circulated_and_listed()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)); // the memo is recorded today: it is sent up and circulated from today on
        var on = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var caseId = await _c.AcceptedCaseAsync(1, "2026-03-02");
        var scheduled = await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new
        {
            kind = "Special",
            topic = "某某公司破产案专题协调会",
            heldOn = "2026-06-10",
            raisedByUnitId = _c.Units["Court"],
            unitIds = new[] { _c.Units["Tax"], _c.Units["MarketRegulation"], _c.Units["HumanResourcesSocialSecurity"] },
            caseIds = new[] { caseId },
        }, _ct);
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Created);
        var meeting = await _c.JsonAsync(scheduled);
        var id = meeting.GetProperty("id").GetGuid();
        (meeting.GetProperty("status").GetString(), meeting.GetProperty("attendees").GetArrayLength(), meeting.GetProperty("cases")[0].GetProperty("number").GetString())
            .ShouldBe(("Scheduled", 3, $"(2026){_c.County.CourtCode}破申1号"));

        var tooEarly = await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/meetings/{id}/send-up", scheduled.Headers.ETag!.Tag, new { on = "2026-06-11" });
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict); // nothing to send up before the memo
        (await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new { memo = "议定", decisions = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.SendAsync(_c.Market, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new { memo = "议定", decisions = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden); // units see meetings; the office records them

        var memo = await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new
        {
            memo = "会议议定：税务部门出具清税证明，市场监管部门办理注销登记，人社部门核定欠薪。",
            decisions = new object[]
            {
                new { text = "出具清税证明", unitId = _c.Units["Tax"], dueLength = 10, dueUnit = "WorkingDays", caseId },
                new { text = "办理企业注销登记", unitId = _c.Units["MarketRegulation"], dueLength = 10, dueUnit = "WorkingDays", caseId },
                new { text = "核定职工欠薪数额", unitId = _c.Units["HumanResourcesSocialSecurity"], dueLength = 15, dueUnit = "Days" },
            },
        });
        memo.StatusCode.ShouldBe(HttpStatusCode.OK);
        var decisions = (await _c.JsonAsync(memo)).GetProperty("decisions").EnumerateArray().ToList();
        decisions.Select(d => d.GetProperty("status").GetString()).ShouldBe(["Assigned", "Assigned", "Assigned"]); // no consent to wait for
        (await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", memo.Headers.ETag!.Tag, new
        {
            memo = "再记一次",
            decisions = new[] { new { text = "重复", unitId = _c.Units["Tax"], dueLength = 1, dueUnit = "Days" } },
        })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Each unit finds its item in its inbox and reports the result.
        foreach (var (client, result) in new[] { (_c.Tax, "已出具清税证明"), (_c.Market, "已核准注销登记"), (_c.Hrss, "核定欠薪 86 万元") })
        {
            var inbox = await _c.ItemsAsync(client, "/api/coordination/inbox");
            var item = inbox.Single(i => i.GetProperty("kind").GetString() == "meeting.decision");
            var itemId = item.GetProperty("id").GetGuid();
            (await _c.StepAsync(client, itemId, "sign")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await _c.StepAsync(client, itemId, "complete", new { result })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).ShouldNotContain(i => i.GetProperty("kind").GetString() == "meeting.decision");
        var current = await _c.Office.GetAsync($"/api/coordination/meetings/{id}", _ct);
        var done = (await _c.JsonAsync(current)).GetProperty("decisions").EnumerateArray().ToList();
        done.Select(d => (d.GetProperty("status").GetString(), d.GetProperty("result").GetString()))
            .ShouldBe([("Completed", "已出具清税证明"), ("Completed", "已核准注销登记"), ("Completed", "核定欠薪 86 万元")]);

        (await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/meetings/{id}/circulate", current.Headers.ETag!.Tag, new { on }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict); // sent up first
        (await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/meetings/{id}/send-up", current.Headers.ETag!.Tag, new { on = today.AddDays(-1) }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict); // not before the memo
        var sentUp = await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/meetings/{id}/send-up", current.Headers.ETag!.Tag, new { on });
        sentUp.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/meetings/{id}/circulate", current.Headers.ETag!.Tag, new { on }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed); // a stale version
        var circulated = await _c.SendAsync(_c.Office, HttpMethod.Post, $"/api/coordination/meetings/{id}/circulate", sentUp.Headers.ETag!.Tag, new { on });
        circulated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.JsonAsync(circulated)).GetProperty("status").GetString().ShouldBe("Circulated");

        // Every member unit is told, with a link to the meeting; the market officer can read it there.
        var notices = (await _c.Market.GetFromJsonAsync<JsonElement>("/api/coordination/notifications", _ct)).GetProperty("items").EnumerateArray().ToList();
        notices.ShouldContain(n => n.GetProperty("text").GetString()!.StartsWith("通报：某某公司破产案专题协调会", StringComparison.Ordinal)
                                   && n.GetProperty("link").GetString() == $"/coordination/meetings/{id}");
        (await _c.Market.GetAsync($"/api/coordination/meetings/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The circulated memo (.docx) lists the three items with their results.
        var docx = await _c.Office.GetAsync($"/api/coordination/meetings/{id}/memo.docx", _ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(_ct)), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var expected in new[] { "出具清税证明", "已出具清税证明", "办理企业注销登记", "已核准注销登记", "核定职工欠薪数额", "核定欠薪 86 万元", "按期办结", $"已于{today:yyyy年M月d日}呈送领导小组审阅" })
        {
            text.ShouldContain(expected);
        }
    }

    [Fact]
    public async Task A_memo_for_a_meeting_not_yet_held_is_refused_naming_its_date_and_makes_no_item()
    {
        var heldOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var scheduled = await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new { kind = "Special", topic = "下周专题协调会", heldOn }, _ct);
        var id = (await _c.JsonAsync(scheduled)).GetProperty("id").GetGuid();

        var early = await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new
        {
            memo = "议定",
            decisions = new[] { new { text = "某事项", unitId = _c.Units["Tax"], dueLength = 5, dueUnit = "Days" } },
        });

        early.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await _c.JsonAsync(early);
        problem.GetProperty("code").GetString().ShouldBe("coordination.meeting_not_held_yet");
        problem.GetProperty("title").GetString()!.ShouldContain(heldOn);
        (await _c.Office.GetAsync($"/api/coordination/meetings/{id}", _ct)).Headers.ETag!.Tag.ShouldBe(scheduled.Headers.ETag.Tag); // nothing recorded
    }

    [Fact]
    public async Task A_memo_naming_an_unknown_unit_or_case_is_refused_and_changes_nothing()
    {
        var scheduled = await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new { kind = "LeadershipGroup", topic = "2026年上半年领导小组会议", heldOn = "2026-07-01" }, _ct);
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await _c.JsonAsync(scheduled)).GetProperty("id").GetGuid();
        (await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new { kind = "Special", topic = "", heldOn = "2026-07-01" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new { kind = "Special", topic = "越界", heldOn = "2026-07-01", caseIds = new[] { Guid.NewGuid() } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var unknownUnit = await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new
        {
            memo = "议定",
            decisions = new[] { new { text = "某事项", unitId = Guid.NewGuid(), dueLength = 5, dueUnit = "Days" } },
        });
        unknownUnit.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var badUnit = await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new
        {
            memo = "议定",
            decisions = new[] { new { text = "某事项", unitId = _c.Units["Tax"], dueLength = 1, dueUnit = "Months" } },
        });
        badUnit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var after = await _c.JsonAsync(await _c.Office.GetAsync($"/api/coordination/meetings/{id}", _ct));
        (after.GetProperty("status").GetString(), after.GetProperty("decisions").GetArrayLength()).ShouldBe(("Scheduled", 0));
        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).ShouldNotContain(i => i.GetProperty("kind").GetString() == "meeting.decision");
    }

    [Fact]
    public async Task Memos_are_numbered_per_year_under_the_county_code_and_filed_as_an_official_document()
    {
        var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).Year; // numbered in the year the memo is recorded
        var caseId = await _c.AcceptedCaseAsync(1, "2026-03-02");
        async Task<(Guid Id, JsonElement Meeting)> MemoAsync(string topic, Guid attending, Guid charged)
        {
            var scheduled = await _c.Office.PostAsJsonAsync("/api/coordination/meetings", new
            {
                kind = "Special", topic, heldOn = "2026-06-10", unitIds = new[] { attending }, caseIds = new[] { caseId },
            }, _ct);
            var id = (await _c.JsonAsync(scheduled)).GetProperty("id").GetGuid();
            var memo = await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/meetings/{id}/memo", scheduled.Headers.ETag!.Tag, new
            {
                memo = "会议议定：税务部门出具清税证明。\n市场监管部门办理注销登记。",
                decisions = new[] { new { text = "办理企业注销登记", unitId = charged, dueLength = 10, dueUnit = "WorkingDays" } },
            });
            memo.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (id, await _c.JsonAsync(memo));
        }

        var (_, first) = await MemoAsync("清税协调会", _c.Units["Tax"], _c.Units["Tax"]);
        first.GetProperty("memoNumber").GetString().ShouldBe($"府院联纪〔{year}〕1号");

        // The office sets its own code (机关代字); a blank or over-long one is refused and changes nothing.
        var settings = await _c.Office.GetAsync("/api/coordination/settings", _ct);
        (await _c.JsonAsync(settings)).GetProperty("memoCode").GetString().ShouldBe("府院联纪");
        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", settings.Headers.ETag!.Tag, new { reminderDays = 2, memoCode = " " }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", settings.Headers.ETag!.Tag, new { reminderDays = 2, memoCode = new string('纪', 21) }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.SendAsync(_c.Tax, HttpMethod.Put, "/api/coordination/settings", settings.Headers.ETag!.Tag, new { reminderDays = 2, memoCode = "税纪" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var changed = await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", settings.Headers.ETag!.Tag, new { reminderDays = 2, memoCode = "洛府院纪" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", changed.Headers.ETag!.Tag, new { reminderDays = 3 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.JsonAsync(await _c.Office.GetAsync("/api/coordination/settings", _ct))).GetProperty("memoCode").GetString().ShouldBe("洛府院纪"); // kept when not sent

        // The second memo of the year is 2号; the market regulator is charged without attending, so it is copied (抄送).
        var (id, second) = await MemoAsync("注销协调会", _c.Units["Tax"], _c.Units["MarketRegulation"]);
        second.GetProperty("memoNumber").GetString().ShouldBe($"洛府院纪〔{year}〕2号");
        var taxName = second.GetProperty("attendees")[0].GetProperty("name").GetString()!;
        var marketName = second.GetProperty("decisions")[0].GetProperty("unitName").GetString()!;

        var docx = await _c.Market.GetAsync($"/api/coordination/meetings/{id}/memo.docx", _ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(_ct)), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs[0].ShouldEndWith("会议纪要"); // the red mark (版头)
        paragraphs.ShouldContain($"洛府院纪〔{year}〕2号");
        paragraphs.ShouldContain("注销协调会纪要");
        paragraphs.ShouldContain($"{taxName}：");
        paragraphs.ShouldContain(p => p.StartsWith("抄送：", StringComparison.Ordinal) && p.Contains(marketName, StringComparison.Ordinal));
        paragraphs.ShouldContain(p => p.Contains("印发", StringComparison.Ordinal));
        paragraphs.ShouldContain("市场监管部门办理注销登记。"); // each line of the memo is its own paragraph
        (await _c.Office.GetAsync($"/api/coordination/meetings/{Guid.NewGuid()}/memo.docx", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
