using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The claim period the court sets (EBL art. 45) and the first meeting it brings due (art. 62).</summary>
public sealed class ClaimPeriodApiTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_claim_deadline_brings_the_first_meeting_due_fifteen_days_later_and_a_new_choice_replaces_the_old()
    {
        var accepted = await Accepted(1);

        var set = await SetClaimPeriod(accepted.Id, accepted.ETag, "2026-03-10", "2026-04-27");
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reset = await SetClaimPeriod(accepted.Id, set.Headers.ETag!.Tag, "2026-03-10", "2026-05-08");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);

        var deadlines = (await Json(await _client.GetAsync($"/api/cases/{accepted.Id}", _ct))).GetProperty("deadlines").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => (d.GetProperty("startsOn").GetString(), d.GetProperty("due").GetString()));
        deadlines["ClaimDeadline"].ShouldBe(("2026-03-10", "2026-05-08"));
        deadlines["FirstMeeting"].ShouldBe(("2026-05-08", "2026-05-25")); // day 15 is Saturday 05-23
        deadlines.Count.ShouldBe(3); // with the announcement's; the first choice's are gone

        // Both are past due on the judge's list, but only the meeting is a duty: the claim deadline just ends a period.
        var open = (await Json(await _client.GetAsync("/api/cases/deadlines?until=2026-12-31", _ct))).GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("overdue").GetBoolean());
        open.ShouldBe(new Dictionary<string, bool> { ["ClaimDeadline"] = false, ["FirstMeeting"] = true });
    }

    [Theory]
    [InlineData("2026-04-08")] // 29 days after the announcement
    [InlineData("2026-06-11")] // a day past three months
    public async Task A_claim_deadline_outside_thirty_days_to_three_months_is_422_and_changes_nothing(string claimDeadline)
    {
        var accepted = await Accepted(claimDeadline == "2026-04-08" ? 2 : 3);

        var refused = await SetClaimPeriod(accepted.Id, accepted.ETag, "2026-03-10", claimDeadline);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("cases.claim_period_out_of_bounds");
        (await _client.GetAsync($"/api/cases/{accepted.Id}", _ct)).Headers.ETag!.Tag.ShouldBe(accepted.ETag);
    }

    [Fact]
    public async Task The_bounds_themselves_are_allowed()
    {
        var accepted = await Accepted(4);

        var earliest = await SetClaimPeriod(accepted.Id, accepted.ETag, "2026-03-10", "2026-04-09");
        earliest.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SetClaimPeriod(accepted.Id, earliest.Headers.ETag!.Tag, "2026-03-10", "2026-06-10")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_case_not_in_a_procedure_is_409_an_announcement_before_acceptance_422_and_a_stale_version_412()
    {
        var registered = await Register(5);
        var notAccepted = await SetClaimPeriod(registered.Id, registered.ETag, "2026-03-10", "2026-04-27");
        notAccepted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(notAccepted)).GetProperty("code").GetString().ShouldBe("cases.not_in_procedure");

        var accepted = await Accepted(6);
        var early = await SetClaimPeriod(accepted.Id, accepted.ETag, "2026-03-01", "2026-04-27");
        early.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(early)).GetProperty("code").GetString().ShouldBe("cases.announced_before_acceptance");
        (await SetClaimPeriod(accepted.Id, registered.ETag, "2026-03-10", "2026-04-27")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_request_without_dates_is_400()
    {
        var accepted = await Accepted(7);

        var response = await SetClaimPeriod(accepted.Id, accepted.ETag, null, null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(response)).GetProperty("errorCodes");
        errors.GetProperty("announcedOn")[0].GetString().ShouldBe("validation.required");
        errors.GetProperty("claimDeadline")[0].GetString().ShouldBe("validation.required");
    }

    private async Task<(Guid Id, string ETag)> Register(int sequence)
    {
        var response = await _client.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){_county.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return ((await Json(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>A case accepted for liquidation on 2026-03-02.</summary>
    private async Task<(Guid Id, string ETag)> Accepted(int sequence)
    {
        var (id, etag) = await Register(sequence);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/transitions")
        {
            Content = JsonContent.Create(new { action = "AcceptLiquidation", ruling = new { number = "(2026)豫0000破申1号", date = "2026-03-02", kind = "受理裁定" } }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var response = await _client.SendAsync(request, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (id, response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> SetClaimPeriod(Guid id, string etag, string? announcedOn, string? claimDeadline)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/cases/{id}/claim-period")
        {
            Content = JsonContent.Create(new { announcedOn, claimDeadline }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await _client.SendAsync(request, _ct);
    }

    private async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
}
