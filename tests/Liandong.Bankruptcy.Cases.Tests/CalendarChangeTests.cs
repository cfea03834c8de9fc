using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>Stored deadlines follow the county's calendar: a new holiday moves open ones, a newly known year ends a provisional mark.</summary>
public sealed class CalendarChangeTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, PlatformPermissions.CalendarView, PlatformPermissions.CalendarManage));
        _api = new CasesApi(_client, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_holiday_on_a_due_date_moves_open_deadlines_only_and_removing_it_moves_them_back()
    {
        // A test county starts with an empty calendar; National Day makes 2026 a known year.
        (await _client.PostAsJsonAsync("/api/platform/holidays", new { date = "2026-10-01", kind = "DayOff" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (open, openETag) = await _api.RegisterAsync(1);
        await _api.AdvancedAsync(open, openETag, "AcceptLiquidation", null, "2026-03-02"); // announcement due Friday 03-27
        var (met, metETag) = await _api.RegisterAsync(2);
        metETag = await _api.AdvancedAsync(met, metETag, "AcceptLiquidation", null, "2026-03-02");
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/{met}/deadlines/Announcement/met", metETag, new { on = "2026-03-20" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var added = await _client.PostAsJsonAsync("/api/platform/holidays", new { date = "2026-03-27", kind = "DayOff", note = "地方假日" }, _ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);

        await Eventually.HoldsAsync(async () => (await Announcement(open)).Due == "2026-03-30"); // to the next working day, Monday
        (await Announcement(met)).ShouldBe(("2026-03-27", false, "Met")); // a met deadline keeps its date

        var id = (await _api.JsonAsync(added)).GetProperty("id").GetGuid();
        (await _client.DeleteAsync($"/api/platform/holidays/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => (await Announcement(open)).Due == "2026-03-27");
    }

    [Fact]
    public async Task A_deadline_in_an_unknown_year_is_provisional_until_the_county_enters_that_year()
    {
        var (id, etag) = await _api.RegisterAsync(3);
        await _api.AdvancedAsync(id, etag, "AcceptReorganization", null, "2026-12-01");
        (await Deadline(id, "ReorganizationPlan")).ShouldBe(("2027-06-01", true, "Open")); // 2027's arrangement is not published yet

        (await _client.PostAsJsonAsync("/api/platform/holidays", new { date = "2027-06-01", kind = "DayOff" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await Eventually.HoldsAsync(async () => !(await Deadline(id, "ReorganizationPlan")).Provisional);
        (await Deadline(id, "ReorganizationPlan")).ShouldBe(("2027-06-02", false, "Open"));
    }

    [Fact]
    public async Task Another_countys_calendar_change_moves_its_deadlines_and_none_of_ours()
    {
        var (ours, ourETag) = await _api.RegisterAsync(4);
        await _api.AdvancedAsync(ours, ourETag, "AcceptLiquidation", null, "2026-04-01"); // announcement due Monday 04-27
        var other = await host.CreateCountyAsync();
        using var otherClient = host.CreateClient(await host.CreateUserAsync(other,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, PlatformPermissions.CalendarView, PlatformPermissions.CalendarManage));
        var otherApi = new CasesApi(otherClient, other, _ct);
        var (theirs, theirETag) = await otherApi.RegisterAsync(1);
        await otherApi.AdvancedAsync(theirs, theirETag, "AcceptLiquidation", null, "2026-04-01");

        (await otherClient.PostAsJsonAsync("/api/platform/holidays", new { date = "2026-04-27", kind = "DayOff" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await Eventually.HoldsAsync(async () => (await Deadline(theirs, "Announcement", otherClient)).Due == "2026-04-28");
        (await Announcement(ours)).Due.ShouldBe("2026-04-27");
    }

    [Fact]
    public async Task A_period_that_counts_from_another_ones_end_moves_with_it_art_10_1()
    {
        (await _client.PostAsJsonAsync("/api/platform/holidays", new { date = "2026-10-01", kind = "DayOff" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var registered = await _client.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){_county.CourtCode}破申9号", procedure = "ApplicationReview", applicant = "Creditor", receivedOn = "2026-03-02",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        var id = (await _api.JsonAsync(registered)).GetProperty("id").GetGuid();
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/{id}/deadlines/DebtorNotice/met", registered.Headers.ETag!.Tag, new { on = "2026-03-06" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Deadline(id, "DebtorObjection")).Due.ShouldBe("2026-03-13");    // 03-06 + 7
        (await Deadline(id, "AcceptanceDecision")).Due.ShouldBe("2026-03-23"); // 03-13 + 10

        (await _client.PostAsJsonAsync("/api/platform/holidays", new { date = "2026-03-13", kind = "DayOff", note = "地方假日" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await Eventually.HoldsAsync(async () => (await Deadline(id, "DebtorObjection")).Due == "2026-03-16"); // to Monday
        (await Deadline(id, "AcceptanceDecision")).Due.ShouldBe("2026-03-26"); // ten days from the moved end, not from the old one
    }

    private Task<(string Due, bool Provisional, string Status)> Announcement(Guid id) => Deadline(id, "Announcement");

    private async Task<(string Due, bool Provisional, string Status)> Deadline(Guid id, string kind, HttpClient? client = null)
    {
        var body = await (client ?? _client).GetFromJsonAsync<JsonElement>($"/api/cases/{id}", _ct);
        var d = body.GetProperty("deadlines").EnumerateArray().Single(x => x.GetProperty("kind").GetString() == kind);
        return (d.GetProperty("due").GetString()!, d.GetProperty("provisional").GetBoolean(), d.GetProperty("status").GetString()!);
    }
}
