using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Features.Templates;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>
/// The linkage end to end: a case accepted → the county's list makes items for its units → a tax officer signs for and
/// completes the tax item → the judge sees it done; another unit never sees it; a judge's own item reaches the unit only
/// after the leadership group consents.
/// </summary>
public sealed class ItemFlowTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CoordinationCounty _c = null!;

    public async ValueTask InitializeAsync() => _c = await CoordinationCounty.CreateAsync(host, _ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Paging_from_the_first_page_visits_every_open_item_once_in_due_order_for_a_unit_and_for_the_office()
    {
        // The first page without filters is a compiled query, the pages after it are built per request: together
        // they must walk the same rows, with the same columns, as one page does.
        var today = TimeProvider.System.Today(); // the host's business day (China time)
        await _c.AcceptedCaseAsync(11, "2025-01-06"); // long ago: its items are overdue
        await _c.AcceptedCaseAsync(12, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); // today: they are not
        await Eventually.HoldsAsync(async () => (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Count == 4);
        await Eventually.HoldsAsync(async () => // Credit's court items come by their own messages
            (await _c.ItemsAsync(_c.Office, "/api/coordination/items?limit=200")).Count == 2 * CoordinationCounty.AcceptanceItems);
        foreach (var (client, path, expected) in new[]
        {
            (_c.Tax, "/api/coordination/inbox", 4),
            (_c.Office, "/api/coordination/items", 2 * CoordinationCounty.AcceptanceItems),
        })
        {
            var walked = new List<JsonElement>();
            string? cursor = null;
            do
            {
                var page = await client.GetFromJsonAsync<JsonElement>($"{path}?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}", _ct);
                walked.AddRange(page.GetProperty("items").EnumerateArray());
                cursor = page.GetProperty("nextCursor").GetString();
            }
            while (cursor is not null);

            walked.Count.ShouldBe(expected);
            walked.Select(i => i.GetProperty("id").GetGuid()).Distinct().Count().ShouldBe(expected);
            var keys = walked.Select(i => (Due: i.GetProperty("dueOn").GetString() ?? "9999-12-31", Id: i.GetProperty("id").GetGuid())).ToList();
            keys.ShouldBe([.. keys.OrderBy(k => k.Due, StringComparer.Ordinal).ThenBy(k => k.Id.ToString(), StringComparer.Ordinal)]);
            walked.ShouldAllBe(i => i.GetProperty("debtorName").GetString() == "洛阳某某有限公司");
            walked.ShouldAllBe(i => i.GetProperty("overdue").GetBoolean()
                == (i.GetProperty("dueOn").GetString() != null && DateOnly.Parse(i.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < today));
            walked.ShouldContain(i => i.GetProperty("overdue").GetBoolean());
            walked.ShouldContain(i => !i.GetProperty("overdue").GetBoolean());
            var onePage = await _c.ItemsAsync(client, $"{path}?limit=200");
            onePage.Select(i => i.GetRawText()).ShouldBe(walked.Select(i => i.GetRawText()));
        }
    }

    [Fact]
    public async Task Acceptance_makes_the_template_items_the_tax_officer_completes_its_own_and_the_judge_sees_it_done()
    {
        var caseId = await _c.AcceptedCaseAsync(1, "2026-03-02");

        List<JsonElement> taxInbox = [];
        await Eventually.HoldsAsync(async () => (taxInbox = await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Count == 2);
        taxInbox.Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("dueOn").GetString())).ShouldBe(
        [
            ("tax.lift_preservation", "2026-03-05"), // 3 working days
            ("tax.declare_claims", "2026-04-01"),    // 30 days
        ]);
        taxInbox.ShouldAllBe(i => i.GetProperty("caseNumber").GetString() == $"(2026){_c.County.CourtCode}破申1号");
        await Eventually.HoldsAsync(async () => (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox?caseState=Accepted")).Count == 2); // the case projection
        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).ShouldAllBe(i => // which company each item concerns
            i.GetProperty("debtorName").GetString() == "洛阳某某有限公司" && i.GetProperty("debtorUscc").GetString() == "91350100M000100Y43");
        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox?caseState=Declared")).ShouldBeEmpty();
        var counts = await _c.Tax.GetFromJsonAsync<JsonElement>("/api/coordination/counts", _ct);
        (counts.EnumerateArray().Single().GetProperty("open").GetInt32(), counts.EnumerateArray().Single().GetProperty("divisionCode").GetString())
            .ShouldBe((2, _c.County.DivisionCode));

        List<JsonElement> forCase = []; // every acceptance line of the default list, and Credit's court item (raised by its own message)
        await Eventually.HoldsAsync(async () =>
            (forCase = await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200")).Count == CoordinationCounty.AcceptanceItems);
        forCase.Single(i => i.GetProperty("kind").GetString() == "enforcement.stay_and_lift").GetProperty("unitName").GetString()!
            .ShouldContain("办公室"); // no enforcement division in the county: the office assigns it

        var claims = taxInbox[1].GetProperty("id").GetGuid();
        (await _c.ItemsAsync(_c.Market, "/api/coordination/inbox")).ShouldNotContain(i => i.GetProperty("id").GetGuid() == claims);
        (await _c.Market.GetAsync($"/api/coordination/items/{claims}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var version = (await _c.Tax.GetAsync($"/api/coordination/items/{claims}", _ct)).Headers.ETag!.Tag; // even with the right version
        (await _c.SendAsync(_c.Market, HttpMethod.Post, $"/api/coordination/items/{claims}/sign", version, new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await _c.StepAsync(_c.Tax, claims, "complete", new { result = "已申报" })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // sign for first
        (await _c.StepAsync(_c.Tax, claims, "sign")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await _c.StepAsync(_c.Tax, claims, "complete", new { result = "已申报税款 12.5 万元、社保费 3.2 万元" });
        done.StatusCode.ShouldBe(HttpStatusCode.OK);

        var seen = await _c.ItemAsync(_c.Judge, claims);
        (seen.GetProperty("status").GetString(), seen.GetProperty("result").GetString()).ShouldBe(("Completed", "已申报税款 12.5 万元、社保费 3.2 万元"));
        seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["Raised", "SignedFor", "Completed"]);
        seen.GetProperty("debtorName").GetString().ShouldBe("洛阳某某有限公司");
        var signedBy = seen.GetProperty("history")[1].GetProperty("byName").GetString()!; // who acted: the officer, and their unit
        signedBy.ShouldEndWith("税务局）");
        seen.GetProperty("history")[0].GetProperty("byName").ValueKind.ShouldBe(JsonValueKind.Null); // the item list made it, nobody signed in
        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_items_after_a_liquidation_terminated_count_from_the_ruling_not_from_the_day_its_message_was_handled_art_121()
    {
        var caseId = await _c.AcceptedCaseAsync(20, "2026-03-02");
        var version = (await _c.Judge.GetAsync($"/api/cases/{caseId}", _ct)).Headers.ETag!.Tag;
        (await _c.SendAsync(_c.Judge, HttpMethod.Post, $"/api/cases/{caseId}/transitions", version,
            new { action = "Terminate", basis = "Art43", ruling = new { number = $"(2026){_c.County.CourtCode}破申20号之一", date = "2026-04-01", kind = "终结裁定" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // The deregistration item (10 working days, market regulation) starts on the ruling's date, Wednesday
        // 2026-04-01, whatever day its message is handled (before issue 16: the day of handling).
        List<JsonElement> items = [];
        await Eventually.HoldsAsync(async () => (items = await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200"))
            .Any(i => i.GetProperty("kind").GetString() == "market.deregistration"));
        var deregistration = items.Single(i => i.GetProperty("kind").GetString() == "market.deregistration");
        deregistration.GetProperty("dueOn").GetString().ShouldBe(ExpectedDue("2026-04-01", 10));
    }

    /// <summary>Working days after a date on the county's calendar (the national 2026 arrangement), computed by hand.</summary>
    private static string ExpectedDue(string start, int workingDays) => (start, workingDays) switch
    {
        // 04-02 Thu (1), 04-03 Fri (2), 04-04–06 Qingming (a weekend and Monday off), 04-07 Tue (3), 04-08 (4), 04-09 (5), 04-10 (6),
        // 04-13 Mon (7), 04-14 (8), 04-15 (9), 04-16 (10)
        ("2026-04-01", 10) => "2026-04-16",
        _ => throw new ArgumentOutOfRangeException(nameof(start)),
    };

    [Fact]
    public async Task A_judges_item_reaches_the_unit_only_after_the_leadership_group_consents()
    {
        var caseId = await _c.AcceptedCaseAsync(2, "2026-03-02");
        var raised = await _c.Judge.PostAsJsonAsync("/api/coordination/items", new
        {
            caseId, unitId = _c.Units["Tax"], title = "协调解除税务机关对债务人车辆的查封", basis = "企业破产法第十九条", dueLength = 5, dueUnit = "WorkingDays",
        }, _ct);
        raised.StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = await _c.JsonAsync(raised);
        var id = item.GetProperty("id").GetGuid();
        (item.GetProperty("status").GetString(), item.GetProperty("routine").GetBoolean(), item.GetProperty("dueOn").ValueKind).ShouldBe(("PendingConsent", false, JsonValueKind.Null));

        (await _c.Tax.GetAsync($"/api/coordination/items/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _c.ItemsAsync(_c.Office, "/api/coordination/items?status=PendingConsent")).Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
        (await _c.StepAsync(_c.Judge, id, "consent", new { consented = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _c.StepAsync(_c.Office, id, "consent", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var consented = await _c.StepAsync(_c.Office, id, "consent", new { consented = true, note = "领导小组同意" });
        consented.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.JsonAsync(consented)).GetProperty("status").GetString().ShouldBe("Assigned");
        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
        (await _c.StepAsync(_c.Office, id, "consent", new { consented = false })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // decided once
    }

    [Fact]
    public async Task A_second_delivery_of_the_acceptance_makes_no_second_item()
    {
        var caseId = await _c.AcceptedCaseAsync(3, "2026-03-02");
        await Eventually.HoldsAsync(async () => (await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200")).Count == CoordinationCounty.AcceptanceItems);

        using (host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id))
        {
            await CaseFollowUpHandler.Handle(new CaseAccepted(caseId, "Liquidation", new DateOnly(2026, 3, 2), []), host.Services.GetRequiredService<IServiceScopeFactory>(), _ct);
            await using var scope = host.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Items.CountAsync(i => i.CaseId == caseId, _ct)).ShouldBe(CoordinationCounty.AcceptanceItems);
        }
    }

    [Fact]
    public async Task A_returned_item_goes_back_to_the_office_which_reassigns_it()
    {
        var caseId = await _c.AcceptedCaseAsync(4, "2026-03-02");
        List<JsonElement> inbox = [];
        await Eventually.HoldsAsync(async () => (inbox = await _c.ItemsAsync(_c.Market, $"/api/coordination/inbox?caseNumber=(2026){_c.County.CourtCode}破申4号")).Count == 1);
        var id = inbox[0].GetProperty("id").GetGuid();

        (await _c.StepAsync(_c.Market, id, "return", new { reason = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _c.StepAsync(_c.Market, id, "return", new { reason = "应由县行政审批局办理" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.ItemsAsync(_c.Market, "/api/coordination/inbox")).ShouldNotContain(i => i.GetProperty("id").GetGuid() == id);
        (await _c.ItemsAsync(_c.Office, "/api/coordination/items?status=Returned")).Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);

        (await _c.StepAsync(_c.Tax, id, "reassign", new { unitId = _c.Units["Tax"] })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _c.StepAsync(_c.Office, id, "reassign", new { unitId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var reassigned = await _c.StepAsync(_c.Office, id, "reassign", new { unitId = _c.Units["Tax"] });
        reassigned.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
    }

    [Fact]
    public async Task Of_eight_writers_with_one_version_one_wins_and_every_other_is_told_its_version_is_stale()
    {
        await _c.AcceptedCaseAsync(6, "2026-03-02");
        List<JsonElement> inbox = [];
        await Eventually.HoldsAsync(async () => (inbox = await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Count == 2);
        var id = inbox[0].GetProperty("id").GetGuid();
        var etag = (await _c.Tax.GetAsync($"/api/coordination/items/{id}", _ct)).Headers.ETag!.Tag;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _c.SendAsync(_c.Tax, HttpMethod.Post, $"/api/coordination/items/{id}/sign", etag, new { })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.PreconditionFailed); // never 409 "duplicate"
        (await _c.ItemAsync(_c.Tax, id)).GetProperty("history").EnumerateArray().Count(h => h.GetProperty("action").GetString() == "SignedFor").ShouldBe(1);
    }

    [Fact]
    public async Task Completing_an_item_answers_what_its_get_answers_with_comments_and_attachments()
    {
        await _c.AcceptedCaseAsync(5, "2026-03-02");
        List<JsonElement> inbox = [];
        await Eventually.HoldsAsync(async () => (inbox = await _c.ItemsAsync(_c.Tax, "/api/coordination/inbox")).Count == 2);
        var id = inbox[0].GetProperty("id").GetGuid();
        (await _c.Judge.PostAsJsonAsync($"/api/coordination/items/{id}/comments", new { text = "请尽快办理" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using (var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 回执"u8.ToArray()), "file", "回执.pdf" } })
        {
            (await _c.Tax.PostAsync($"/api/coordination/items/{id}/attachments", form, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await _c.StepAsync(_c.Tax, id, "sign")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await _c.StepAsync(_c.Tax, id, "complete", new { result = "已解除" });

        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await _c.JsonAsync(done);
        answer.GetProperty("comments").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("请尽快办理");
        answer.GetProperty("attachments").EnumerateArray().Single().GetProperty("fileName").GetString().ShouldBe("回执.pdf");
        var get = await _c.Tax.GetAsync($"/api/coordination/items/{id}", _ct);
        (await get.Content.ReadAsStringAsync(_ct)).ShouldBe(answer.GetRawText());
        get.Headers.ETag!.Tag.ShouldBe(done.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Another_modules_event_naming_the_kind_completes_the_cases_open_items_of_that_kind_once()
    {
        var caseId = await _c.AcceptedCaseAsync(5, "2026-03-02");
        await Eventually.HoldsAsync(async () => (await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200")).Count == CoordinationCounty.AcceptanceItems);

        var done = new ItemKindDone(caseId, ItemKinds.TaxClaims, new DateOnly(2026, 3, 20), "税务机关已通过系统申报债权");
        using (host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>();
            await bus.PublishAsync(done);
            await bus.PublishAsync(done); // delivered twice: nothing more happens
        }

        JsonElement claims = default;
        await Eventually.HoldsAsync(async () =>
        {
            var items = await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&status=Completed");
            claims = items.SingleOrDefault(i => i.GetProperty("kind").GetString() == ItemKinds.TaxClaims);
            return claims.ValueKind == JsonValueKind.Object;
        });
        var item = await _c.ItemAsync(_c.Judge, claims.GetProperty("id").GetGuid());
        (item.GetProperty("result").GetString(), item.GetProperty("completedOn").GetString()).ShouldBe(("税务机关已通过系统申报债权", "2026-03-20"));
        (await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200")).Count.ShouldBe(CoordinationCounty.AcceptanceItems - 1); // the others stay open

        var page = await _c.Judge.GetStringAsync($"/cases/{caseId}", _ct); // the case page's panel shows it done
        page.ShouldContain("申报税收及社会保险费债权");
        page.ShouldContain("已办结");
    }

    [Fact]
    public async Task The_copy_of_a_case_never_goes_back_in_time_whatever_order_its_reads_arrive_in()
    {
        var caseId = await _c.AcceptedCaseAsync(8, "2026-03-02");
        await Eventually.HoldsAsync(async () => await ProjectedStateAsync(caseId) == "Accepted");
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        CaseSummaryInfo Read(string state, int sequence) =>
            new(caseId, "x", "x", "Liquidation", state, null, [], new CaseKeyDates(null, null, null), null, [], sequence);
        var reads = new[] { Read("Registered", 0), Read("Accepted", 1), Read("Declared", 2) };

        foreach (var order in Permutations([0, 1, 2]))
        {
            await using (var owner = new Npgsql.NpgsqlConnection(host.Database.OwnerConnectionString))
            {
                await owner.OpenAsync(_ct);
                await using var reset = new Npgsql.NpgsqlCommand("UPDATE coordination.cases SET sequence = -1, state = NULL WHERE case_id = @c", owner);
                reset.Parameters.AddWithValue("c", caseId);
                (await reset.ExecuteNonQueryAsync(_ct)).ShouldBe(1); // a copy that holds no read yet
            }

            using (host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id))
            {
                foreach (var i in order)
                {
                    await CaseFollowUpHandler.ApplyReadAsync(scopes, reads[i], _ct); // a handler that read at step i, delivered now
                }
            }

            (await ProjectedStateAsync(caseId)).ShouldBe("Declared", $"order {string.Join(",", order)}");
        }

        using (host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id))
        {
            await CaseFollowUpHandler.ApplyReadAsync(scopes, Read("Registered", 0), _ct); // the late CaseRegistered of the report
        }

        (await ProjectedStateAsync(caseId)).ShouldBe("Declared");
    }

    private async Task<string?> ProjectedStateAsync(Guid caseId)
    {
        using var _ = host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Cases.Where(c => c.CaseId == caseId).Select(c => c.State).SingleOrDefaultAsync(_ct);
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1 ? [items] : items.SelectMany(x => Permutations([.. items.Where(y => y != x)]).Select(rest => (int[])[x, .. rest]));
}
