using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>Publication duties: each step starts the court's and the administrator's, with prepared texts and due dates; marking one published.</summary>
public sealed class PublicationDutyTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Publish));
        _api = new CasesApi(_client, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Acceptance_and_each_ruling_start_duties_with_texts_and_dates_that_are_marked_published_once()
    {
        var (id, etag) = await _api.RegisterAsync(1);
        etag = await _api.AdvancedAsync(id, etag, "AcceptReorganization", null, "2026-03-02");
        await _api.AdvancedAsync(id, etag, "SubmitPlan", null, "2026-08-03");

        var duties = await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/publications", _ct);
        duties.EnumerateArray().Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("publisher").GetString(), d.GetProperty("dueOn").GetString())).ShouldBe(
        [
            ("AcceptanceAnnouncement", "Court", "2026-03-27"),     // with the announcement deadline (art. 14)
            ("InvestorRecruitment", "Administrator", null),
            ("CreditPublicityEntry", "Administrator", "2026-03-12"), // 10 days
            ("Ruling", "Court", null),
            ("CreditPublicityEntry", "Administrator", "2026-08-13"),
        ], ignoreOrder: true);
        var announcement = duties.EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "AcceptanceAnnouncement");
        announcement.GetProperty("text").GetString().ShouldBe($"(2026){_county.CourtCode}破申1号 洛阳某某有限公司：本院于2026年3月2日以(2026)豫0305破申1号裁定受理。");

        var url = $"/api/cases/publications/{announcement.GetProperty("id").GetGuid()}/published";
        var version = $"\"{announcement.GetProperty("version").GetUInt32()}\"";
        (await _api.SendAsync(HttpMethod.Put, url, version, new { on = "2026-03-01" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _api.SendAsync(HttpMethod.Put, url, version, new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var published = await _api.SendAsync(HttpMethod.Put, url, version, new { on = "2026-03-05" });
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Put, url, published.Headers.ETag!.Tag, new { on = "2026-03-06" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _api.JsonAsync(published)).GetProperty("publishedOn").GetString().ShouldBe("2026-03-05");

        // One act, two records (art. 14): publishing the acceptance announcement meets the case's 通知和公告 duty that day.
        var announcementDeadline = (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", _ct)).GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "Announcement");
        (announcementDeadline.GetProperty("status").GetString(), announcementDeadline.GetProperty("closedOn").GetString()).ShouldBe(("Met", "2026-03-05"));
    }

    [Fact]
    public async Task Meeting_the_announcement_duty_or_setting_the_claim_period_publishes_the_acceptance_announcement_and_never_only_one_of_them()
    {
        async Task<JsonElement> AnnouncementAsync(Guid caseId) =>
            (await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/publications", _ct)).EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "AcceptanceAnnouncement");

        var (met, metETag) = await _api.RegisterAsync(2);
        metETag = await _api.AdvancedAsync(met, metETag, "AcceptLiquidation", null, "2026-03-02");
        (await AnnouncementAsync(met)).GetProperty("publishedOn").ValueKind.ShouldBe(JsonValueKind.Null); // waiting: the duty is open too
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/{met}/deadlines/Announcement/met", metETag, new { on = "2026-03-10" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AnnouncementAsync(met)).GetProperty("publishedOn").GetString().ShouldBe("2026-03-10");

        var (announced, announcedETag) = await _api.RegisterAsync(3);
        announcedETag = await _api.AdvancedAsync(announced, announcedETag, "AcceptLiquidation", null, "2026-03-02");
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/{announced}/claim-period", announcedETag, new { announcedOn = "2026-03-12", claimDeadline = "2026-04-30" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AnnouncementAsync(announced)).GetProperty("publishedOn").GetString().ShouldBe("2026-03-12"); // the announcement stated the claim period
    }
}
