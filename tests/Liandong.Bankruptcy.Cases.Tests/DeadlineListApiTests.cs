using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The judge's list of open deadlines: due-date order, overdue marked, met and lapsed ones gone, one county only.</summary>
public sealed class DeadlineListApiTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
        _api = new CasesApi(_client, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Open_deadlines_come_in_due_order_with_the_overdue_marked_and_met_or_lapsed_ones_leave_the_list()
    {
        var (liquidation, liquidationETag) = await Advance(await Register(1), "AcceptLiquidation", null, "2026-03-02");   // announcement due 03-27
        var (reorganization, reorganizationETag) = await Advance(await Register(2), "AcceptReorganization", null, "2026-03-31"); // 04-27 and plan 09-30

        var list = await Open("2026-12-31");
        list.ShouldBe(
        [
            (liquidation, "AcceptanceService", "2026-03-09", true),      // art. 11(1): 5 days, 03-07 a Saturday
            (liquidation, "Announcement", "2026-03-27", true),
            (reorganization, "AcceptanceService", "2026-04-06", true),   // 04-05 a Sunday
            (reorganization, "Announcement", "2026-04-27", true),
            (reorganization, "ReorganizationPlan", "2026-09-30", true),
        ]);

        var met = await Send(HttpMethod.Put, $"/api/cases/{liquidation}/deadlines/Announcement/met", liquidationETag, new { on = "2026-03-20" });
        met.StatusCode.ShouldBe(HttpStatusCode.OK);
        var announcement = (await Json(met)).GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "Announcement");
        (announcement.GetProperty("status").GetString(), announcement.GetProperty("closedOn").GetString()).ShouldBe(("Met", "2026-03-20"));
        var converted = await Advance((reorganization, reorganizationETag), "ConvertToLiquidation", "Art79", "2026-10-09");

        (await Open("2026-12-31")).ShouldBe(
        [
            (liquidation, "AcceptanceService", "2026-03-09", true),
            (reorganization, "AcceptanceService", "2026-04-06", true),
            (reorganization, "Announcement", "2026-04-27", true),
            (reorganization, "DeclarationService", "2026-10-14", true),  // art. 107(1): 5 and 10 days from the declaration
            (reorganization, "DeclarationNotice", "2026-10-19", true),
        ]); // the plan period lapsed with the conversion
        var plan = (await Json(await _client.GetAsync($"/api/cases/{converted.Id}", _ct))).GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "ReorganizationPlan");
        (plan.GetProperty("status").GetString(), plan.GetProperty("closedOn").GetString()).ShouldBe(("Lapsed", "2026-10-09"));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_another_countys_deadlines_never_appear()
    {
        foreach (var sequence in new[] { 3, 4, 5 })
        {
            await Advance(await Register(sequence), "AcceptLiquidation", null, $"2026-05-0{sequence}");
        }

        var other = await host.CreateCountyAsync();
        using var otherJudge = host.CreateClient(await host.CreateUserAsync(other, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
        var theirs = await otherJudge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){other.CourtCode}破申1号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "乙县某某有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        theirs.StatusCode.ShouldBe(HttpStatusCode.Created);

        var first = await Json(await _client.GetAsync("/api/cases/deadlines?until=2026-12-31&limit=3", _ct));
        var second = await Json(await _client.GetAsync($"/api/cases/deadlines?until=2026-12-31&limit=3&cursor={first.GetProperty("nextCursor").GetString()}", _ct));

        var dues = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(d => d.GetProperty("due").GetString()).ToList();
        // Service within 5 days (05-09 and 05-10 fall on the weekend), the announcement within 25 (day 25 of 05-05 is Saturday 05-30).
        dues.ShouldBe(["2026-05-08", "2026-05-11", "2026-05-11", "2026-05-28", "2026-05-29", "2026-06-01"]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        (await Json(await otherJudge.GetAsync("/api/cases/deadlines?until=2026-12-31", _ct))).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Meeting_a_closed_or_missing_deadline_is_refused_and_changes_nothing()
    {
        var (id, etag) = await Advance(await Register(6), "AcceptLiquidation", null, "2026-03-02");

        var early = await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/Announcement/met", etag, new { on = "2026-03-01" });
        early.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(early)).GetProperty("code").GetString().ShouldBe("cases.met_before_start");
        (await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/FirstMeeting/met", etag, new { on = "2026-03-10" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/Nonsense/met", etag, new { on = "2026-03-10" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/Announcement/met", etag, new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _client.GetAsync($"/api/cases/{id}", _ct)).Headers.ETag!.Tag.ShouldBe(etag);

        var met = await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/Announcement/met", etag, new { on = "2026-03-10" });
        met.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/Announcement/met", etag, new { on = "2026-03-10" })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var again = await Send(HttpMethod.Put, $"/api/cases/{id}/deadlines/Announcement/met", met.Headers.ETag!.Tag, new { on = "2026-03-11" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(again)).GetProperty("code").GetString().ShouldBe("cases.deadline_closed");
    }

    private async Task<List<(Guid, string, string, bool)>> Open(string until) =>
        [.. (await Json(await _client.GetAsync($"/api/cases/deadlines?until={until}", _ct))).GetProperty("items").EnumerateArray()
            .Select(d => (d.GetProperty("caseId").GetGuid(), d.GetProperty("kind").GetString()!, d.GetProperty("due").GetString()!, d.GetProperty("overdue").GetBoolean()))];

    private Task<(Guid Id, string ETag)> Register(int sequence) => _api.RegisterAsync(sequence);

    private async Task<(Guid Id, string ETag)> Advance((Guid Id, string ETag) target, string action, string? basis, string date) =>
        (target.Id, await _api.AdvancedAsync(target.Id, target.ETag, action, basis, date));

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, string etag, object body) => _api.SendAsync(method, url, etag, body);

    private Task<JsonElement> Json(HttpResponseMessage response) => _api.JsonAsync(response);
}
