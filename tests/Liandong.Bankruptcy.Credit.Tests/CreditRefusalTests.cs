using System.Net;
using System.Net.Http.Json;

namespace Liandong.Bankruptcy.Credit.Tests;

/// <summary>Bad input, out-of-order steps, another unit's or another county's measures: a problem-details refusal, and nothing changes.</summary>
public sealed class CreditRefusalTests(LiandongHostFixture host) : IAsyncLifetime
{
    private CreditCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await CreditCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _county.JsonAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task No_application_before_an_approved_plan_or_agreement_and_none_dated_before_the_ruling()
    {
        var c = _county;
        var caseId = await c.CompositionAsync(null);
        await RefusedAsync(await c.ApplyAsync(caseId, "2026-04-01"), HttpStatusCode.Conflict, "credit.no_approved_plan");

        var approved = await c.CompositionAsync("2026-06-01");
        var (before, etag) = await c.FileAsync(c.Judge, approved);
        await RefusedAsync(await c.ApplyAsync(approved, "2026-05-29"), (HttpStatusCode)422, "credit.before_approval");
        var (after, sameEtag) = await c.FileAsync(c.Judge, approved);
        sameEtag.ShouldBe(etag);
        after.GetProperty("applications").GetArrayLength().ShouldBe(before.GetProperty("applications").GetArrayLength());
    }

    [Fact]
    public async Task Bad_applications_are_refused_field_by_field()
    {
        var c = _county;
        var caseId = await c.CompositionAsync("2026-06-01");
        var (_, etag) = await c.FileAsync(c.Administrator, caseId);
        var url = $"/api/credit/cases/{caseId}/applications";
        var bad = new object[]
        {
            new { applicant = "Administrator", applicantName = "管理人", documents = Array.Empty<string>(), filedOn = "2026-06-02" },        // no basis documents
            new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" }, targets = new[] { "DishonestDebtorList" }, filedOn = "2026-06-02" }, // not applied for
            new { applicant = "Administrator", applicantName = "管理人", documents = Enumerable.Repeat("材料", 21).ToArray(), filedOn = "2026-06-02" }, // more than 20
            new { applicant = "Nobody", applicantName = "管理人", documents = new[] { "裁定书" }, filedOn = "2026-06-02" },
            new { applicant = "Administrator", applicantName = "", documents = new[] { "裁定书" }, filedOn = "2026-06-02" },
            new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" } },                                       // no date
            new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" }, filedOn = "2099-01-01" },             // in the future
        };
        foreach (var body in bad)
        {
            (await c.SendAsync(c.Administrator, HttpMethod.Post, url, etag, body)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        // Without If-Match, or on a stale version: refused, never a lost update.
        (await c.SendAsync(c.Administrator, HttpMethod.Post, url, null, new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" }, filedOn = "2026-06-02" }))
            .StatusCode.ShouldBe((HttpStatusCode)428);
        (await c.ApplyAsync(caseId, "2026-06-02", ["PublicCredit"])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.SendAsync(c.Administrator, HttpMethod.Post, url, etag, new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" }, filedOn = "2026-06-02" }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        // A second application for a target already requested opens nothing.
        await RefusedAsync(await c.ApplyAsync(caseId, "2026-06-03", ["PublicCredit"]), HttpStatusCode.Conflict, "credit.already_requested");
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("applications").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_target_s_own_unit_decides_and_only_once_and_never_before_the_request()
    {
        var c = _county;
        var caseId = await c.CompositionAsync("2026-06-01");
        (await c.ApplyAsync(caseId, "2026-06-03")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, etag) = await c.FileAsync(c.Judge, caseId);

        await RefusedAsync(await c.DecideAsync("MarketRegulation", caseId, "PublicCredit", true, "2026-06-05"), HttpStatusCode.Forbidden, "credit.not_your_target");
        await RefusedAsync(await c.DecideAsync("Banking", caseId, "CourtLists", true, "2026-06-05"), HttpStatusCode.Forbidden, "credit.not_your_target");
        await RefusedAsync(await c.DecideAsync("Tax", caseId, "TaxCredit", true, "2026-06-05"), HttpStatusCode.Conflict, "credit.tax_decides_in_tax");
        await RefusedAsync(await c.DecideAsync("DevelopmentReform", caseId, "NoSuchTarget", true, "2026-06-05"), HttpStatusCode.NotFound, "credit.no_such_measure");
        await RefusedAsync(await c.DecideAsync("DevelopmentReform", caseId, "PublicCredit", true, "2026-06-02"), (HttpStatusCode)422, "credit.before_request");
        (await c.DecideAsync("DevelopmentReform", caseId, "PublicCredit", true, "2026-06-05", "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // no note
        await RefusedAsync(await c.StepAsync(c.Officers["DevelopmentReform"], caseId, "measures/PublicCredit/reversal", new { note = "恢复", reversedOn = "2026-06-05" }),
            HttpStatusCode.Conflict, "credit.no_reversal_due");
        (await c.FileAsync(c.Judge, caseId)).ETag.ShouldBe(etag); // nothing changed

        (await c.DecideAsync("DevelopmentReform", caseId, "PublicCredit", false, "2026-06-05", "未提交信用承诺书")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RefusedAsync(await c.DecideAsync("DevelopmentReform", caseId, "PublicCredit", true, "2026-06-06"), HttpStatusCode.Conflict, "credit.already_decided");

        // A refused target may be applied for again: a new round, a new item.
        (await c.ApplyAsync(caseId, "2026-06-08", ["PublicCredit"])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.StatusAsync(caseId, "PublicCredit")).ShouldBe("Requested");
        await c.ItemsOfKindAsync(caseId, "credit.public_credit", 1);
    }

    [Fact]
    public async Task Another_county_sees_nothing_and_a_user_without_the_permission_is_forbidden()
    {
        var c = _county;
        var caseId = await c.CompositionAsync("2026-06-01");
        var other = await CreditCounty.CreateAsync(host, c.Ct);
        (await other.Judge.GetAsync($"/api/credit/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Administrator.GetAsync($"/api/credit/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, etag) = await c.FileAsync(c.Judge, caseId);
        (await other.SendAsync(other.Administrator, HttpMethod.Post, $"/api/credit/cases/{caseId}/applications", etag,
            new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" }, filedOn = "2026-06-02" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Judge.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/credit/cases", c.Ct)).GetProperty("items").EnumerateArray()
            .Any(f => f.GetProperty("caseId").GetGuid() == caseId).ShouldBeFalse();

        // The judge may view and decide but not apply; a unit officer may not apply either.
        (await c.SendAsync(c.Judge, HttpMethod.Post, $"/api/credit/cases/{caseId}/applications", etag,
            new { applicant = "Administrator", applicantName = "管理人", documents = new[] { "裁定书" }, filedOn = "2026-06-02" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.FileAsync(c.Judge, caseId)).ETag.ShouldBe(etag);
    }
}
