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
        deadlines.Count.ShouldBe(4); // with the announcement's and the service's; the first choice's are gone

        // Both are past due on the judge's list, but only the meeting is a duty: the claim deadline just ends a period.
        var open = (await Json(await _client.GetAsync("/api/cases/deadlines?until=2026-12-31", _ct))).GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("overdue").GetBoolean());
        open.ShouldBe(new Dictionary<string, bool> { ["AcceptanceService"] = true, ["ClaimDeadline"] = false, ["FirstMeeting"] = true });
    }

    [Fact]
    public async Task A_claim_deadline_the_court_sets_on_a_Saturday_ends_on_Monday_for_late_claims_and_the_first_meeting_art_45_62()
    {
        var accepted = await Accepted(7);

        // Saturday 2026-04-25: the period ends on Monday 04-27 (Civil Procedure Law art. 85 applies to periods the court
        // sets); the first meeting is due 15 days after that, 05-12 (from the Saturday it would be Sunday 05-10 → 05-11).
        (await SetClaimPeriod(accepted.Id, accepted.ETag, "2026-03-10", "2026-04-25")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var deadlines = (await Json(await _client.GetAsync($"/api/cases/{accepted.Id}", _ct))).GetProperty("deadlines").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("due").GetString());
        (deadlines["ClaimDeadline"], deadlines["FirstMeeting"]).ShouldBe(("2026-04-27", "2026-05-12"));
        using var firm = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.ManageClaims));
        async Task<bool> Late(string declaredOn) => (await Json(await firm.PostAsJsonAsync($"/api/cases/{accepted.Id}/claims",
            new { creditor = "甲公司" + declaredOn, kind = "Ordinary", priority = "Ordinary", principal = 1, declaredOn }, _ct))).GetProperty("late").GetBoolean();
        (await Late("2026-04-27"), await Late("2026-04-28")).ShouldBe((false, true)); // Monday is still in time (art. 56 late after it)
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

    [Theory]
    [InlineData("9999-12-31", "2026-04-27", "announcedOn")] // a deadline reckoned from it would pass the calendar's end
    [InlineData("2026-03-10", "0001-01-01", "claimDeadline")]
    [InlineData("2026-03-10", "2101-01-01", "claimDeadline")]
    public async Task A_date_outside_1990_to_2100_is_400_on_its_field_and_changes_nothing(string announcedOn, string claimDeadline, string field)
    {
        var accepted = await Accepted(field == "announcedOn" ? 8 : claimDeadline.StartsWith("0001", StringComparison.Ordinal) ? 9 : 10);

        var response = await SetClaimPeriod(accepted.Id, accepted.ETag, announcedOn, claimDeadline);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errorCodes").GetProperty(field)[0].GetString().ShouldBe("validation.invalid_value");
        (await _client.GetAsync($"/api/cases/{accepted.Id}", _ct)).Headers.ETag!.Tag.ShouldBe(accepted.ETag);
    }

    private Task<(Guid Id, string ETag)> Register(int sequence) => _api.RegisterAsync(sequence);

    /// <summary>A case accepted for liquidation on 2026-03-02.</summary>
    private async Task<(Guid Id, string ETag)> Accepted(int sequence)
    {
        var (id, etag) = await Register(sequence);
        return (id, await _api.AdvancedAsync(id, etag, "AcceptLiquidation", null, "2026-03-02"));
    }

    private Task<HttpResponseMessage> SetClaimPeriod(Guid id, string etag, string? announcedOn, string? claimDeadline) =>
        _api.SendAsync(HttpMethod.Put, $"/api/cases/{id}/claim-period", etag, new { announcedOn, claimDeadline });

    private Task<JsonElement> Json(HttpResponseMessage response) => _api.JsonAsync(response);
}
