using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>Bad input to each Coordination endpoint answers a problem and changes nothing; stale versions are refused; files are checked.</summary>
public sealed class ItemInputTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CoordinationCounty _c = null!;

    public async ValueTask InitializeAsync() => _c = await CoordinationCounty.CreateAsync(host, _ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Raising_needs_a_unit_of_the_county_a_title_a_due_rule_and_a_case_of_the_county()
    {
        var before = (await _c.ItemsAsync(_c.Office, "/api/coordination/items?status=PendingConsent")).Count;
        foreach (var bad in new object[]
        {
            new { title = "缺少单位", dueLength = 5, dueUnit = "Days" },
            new { unitId = _c.Units["Tax"], title = " ", dueLength = 5, dueUnit = "Days" },
            new { unitId = _c.Units["Tax"], title = "期限为零", dueLength = 0, dueUnit = "Days" },
            new { unitId = _c.Units["Tax"], title = "单位不明", dueLength = 5, dueUnit = "Fortnights" },
        })
        {
            (await _c.Judge.PostAsJsonAsync("/api/coordination/items", bad, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var unknownUnit = await _c.Judge.PostAsJsonAsync("/api/coordination/items", new { unitId = Guid.NewGuid(), title = "外县单位", dueLength = 5, dueUnit = "Days" }, _ct);
        (unknownUnit.StatusCode, (await _c.JsonAsync(unknownUnit)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.UnprocessableEntity, "coordination.unknown_unit"));
        var unknownCase = await _c.Judge.PostAsJsonAsync("/api/coordination/items", new { caseId = Guid.NewGuid(), unitId = _c.Units["Tax"], title = "无此案", dueLength = 5, dueUnit = "Days" }, _ct);
        (unknownCase.StatusCode, (await _c.JsonAsync(unknownCase)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.UnprocessableEntity, "coordination.unknown_case"));
        (await _c.Tax.PostAsJsonAsync("/api/coordination/items", new { unitId = _c.Units["Tax"], title = "无权", dueLength = 5, dueUnit = "Days" }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.Created); // a unit may raise too …
        (await _c.ItemsAsync(_c.Office, "/api/coordination/items?status=PendingConsent")).Count.ShouldBe(before + 1); // … and only that one was made
    }

    [Fact]
    public async Task Work_needs_the_current_version_and_a_result_and_comments_need_text()
    {
        var id = await TaxItemAsync(1);
        var stale = await _c.SendAsync(_c.Tax, HttpMethod.Post, $"/api/coordination/items/{id}/sign", "\"1\"", new { });
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await _c.SendAsync(_c.Tax, HttpMethod.Post, $"/api/coordination/items/{id}/sign", null, new { })).StatusCode.ShouldBe((HttpStatusCode)428);
        (await _c.StepAsync(_c.Tax, id, "sign")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.StepAsync(_c.Tax, id, "complete", new { result = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.ItemAsync(_c.Tax, id)).GetProperty("status").GetString().ShouldBe("SignedFor");

        (await _c.Tax.PostAsJsonAsync($"/api/coordination/items/{id}/comments", new { text = "" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.Judge.PostAsJsonAsync($"/api/coordination/items/{id}/comments", new { text = "请于本周内办结" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _c.ItemAsync(_c.Tax, id)).GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ShouldBe(["请于本周内办结"]);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_size_and_only_the_items_unit_adds_them()
    {
        var id = await TaxItemAsync(2);
        (await Upload(_c.Tax, id, "说明.pdf", "%PDF-1.4\n% 说明\n"u8.ToArray())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var renamedText = await Upload(_c.Tax, id, "伪装.pdf", "这不是 PDF"u8.ToArray());
        (renamedText.StatusCode, (await _c.JsonAsync(renamedText)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.UnprocessableEntity, "coordination.attachment_type"));
        var tooLarge = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(tooLarge);
        var large = await Upload(_c.Tax, id, "太大.pdf", tooLarge);
        (large.StatusCode, (await _c.JsonAsync(large)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.UnprocessableEntity, "coordination.attachment_too_large"));
        (await _c.Tax.PostAsync($"/api/coordination/items/{id}/attachments", new StringContent("{}"), _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using (var empty = new MultipartFormDataContent()) // a form without a part cannot be read: 400, not 500
        {
            var unreadable = await _c.Tax.PostAsync($"/api/coordination/items/{id}/attachments", empty, _ct);
            (unreadable.StatusCode, (await _c.JsonAsync(unreadable)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.BadRequest, "platform.malformed_request"));
        }

        using (var cut = new ByteArrayContent("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4"u8.ToArray()))
        {
            cut.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut"); // nor one that ends inside its file
            var unreadable = await _c.Tax.PostAsync($"/api/coordination/items/{id}/attachments", cut, _ct);
            (unreadable.StatusCode, (await _c.JsonAsync(unreadable)).GetProperty("code").GetString()).ShouldBe((HttpStatusCode.BadRequest, "platform.malformed_request"));
        }

        (await Upload(_c.Judge, id, "法院.pdf", "%PDF-1.4"u8.ToArray())).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // the court sees it, but it is tax's work

        var attachments = (await _c.ItemAsync(_c.Judge, id)).GetProperty("attachments").EnumerateArray().ToList();
        attachments.Select(a => a.GetProperty("fileName").GetString()).ShouldBe(["说明.pdf"]);
        var download = await _c.Judge.GetAsync($"/api/coordination/items/{id}/attachments/{attachments[0].GetProperty("id").GetGuid()}", _ct);
        (download.Content.Headers.ContentType!.MediaType, await download.Content.ReadAsStringAsync(_ct)).ShouldBe(("application/pdf", "%PDF-1.4\n% 说明\n"));
        (await _c.Market.GetAsync($"/api/coordination/items/{id}/attachments/{attachments[0].GetProperty("id").GetGuid()}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Templates_and_settings_refuse_bad_input_duplicates_and_stale_versions()
    {
        var line = new { key = "test.line", trigger = "CaseAccepted", unitKind = "Finance", title = "测试事项", dueLength = 5, dueUnit = "WorkingDays" };
        var created = await _c.Office.PostAsJsonAsync("/api/coordination/templates", line, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _c.Office.PostAsJsonAsync("/api/coordination/templates", line, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _c.Office.PostAsJsonAsync("/api/coordination/templates", line with { dueUnit = "Months" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.Tax.PostAsJsonAsync("/api/coordination/templates", line with { key = "test.other" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var id = (await _c.JsonAsync(created)).GetProperty("id").GetGuid();
        (await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/templates/{id}", "\"1\"", line with { title = "改名" })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, $"/api/coordination/templates/{id}", created.Headers.ETag!.Tag, line with { title = "改名" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", null, new { reminderDays = 3 })).StatusCode.ShouldBe((HttpStatusCode)428);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", "\"0\"", new { reminderDays = 11 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", "\"0\"", new { reminderDays = 3 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.SendAsync(_c.Office, HttpMethod.Put, "/api/coordination/settings", "\"0\"", new { reminderDays = 4 })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await _c.Tax.GetFromJsonAsync<JsonElement>("/api/coordination/settings", _ct)).GetProperty("reminderDays").GetInt32().ShouldBe(3);
    }

    private async Task<Guid> TaxItemAsync(int sequence)
    {
        var caseId = await _c.AcceptedCaseAsync(sequence, "2026-03-02");
        List<JsonElement> items = [];
        await Eventually.HoldsAsync(async () => (items = await _c.ItemsAsync(_c.Tax, $"/api/coordination/inbox?caseNumber=(2026){_c.County.CourtCode}破申{sequence}号")).Count == 2);
        return items.Single(i => i.GetProperty("kind").GetString() == "tax.declare_claims").GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> Upload(HttpClient client, Guid id, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync($"/api/coordination/items/{id}/attachments", form, _ct);
    }
}
