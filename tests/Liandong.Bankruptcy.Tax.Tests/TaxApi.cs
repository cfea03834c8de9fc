using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Tax.Tests;

/// <summary>A seeded county with a judge, a tax officer (of the county's tax unit), an administrator and a market officer, over HTTP.</summary>
internal sealed class TaxCounty
{
    private int _sequence;

    private TaxCounty(TestCounty county, CancellationToken ct) => (County, Ct) = (county, ct);

    public TestCounty County { get; }

    public CancellationToken Ct { get; }

    public Dictionary<string, Guid> Units { get; } = [];

    public HttpClient Judge { get; private set; } = null!;

    public HttpClient Tax { get; private set; } = null!;

    public TestUser TaxUser { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    public HttpClient Market { get; private set; } = null!;

    public static async Task<TaxCounty> CreateAsync(LiandongHostFixture host, CancellationToken ct)
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var made = new TaxCounty(county, ct);
        foreach (var (kind, id) in await host.UnitsByKindAsync(county, ct))
        {
            made.Units[kind] = id;
        }

        made.Judge = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Claims, CasesPermissions.Meetings,
            CoordinationPermissions.Items, TaxPermissions.View));
        made.TaxUser = await host.CreateUnitUserAsync(county, made.Units["Tax"], null,
            TaxPermissions.View, TaxPermissions.Declare, CoordinationPermissions.Items, CoordinationPermissions.Work);
        made.Tax = host.CreateClient(made.TaxUser);
        made.Administrator = host.CreateClient(await host.CreateUserAsync(county, TaxPermissions.View, TaxPermissions.Administer));
        made.Market = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["MarketRegulation"], null,
            CoordinationPermissions.Items, CoordinationPermissions.Work));
        return made;
    }

    /// <summary>Registers and accepts a liquidation on <paramref name="acceptedOn"/>; returns the case id.</summary>
    public async Task<Guid> AcceptedCaseAsync(string acceptedOn)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var registered = await Judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){County.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某税务测试有限公司", uscc = "91350100M000100Y43" } },
        }, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(registered)).GetProperty("id").GetGuid();
        (await AdvanceAsync(id, "AcceptLiquidation", null, acceptedOn)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The acceptance opens the tax file (an event): wait for it, so a step sent at version 0 does not lose that race.
        await Eventually.HoldsAsync(async () => (await Tax.GetAsync($"/api/tax/cases/{id}", Ct)).Headers.ETag?.Tag != "\"0\"");
        return id;
    }

    public async Task<HttpResponseMessage> AdvanceAsync(Guid caseId, string action, string? basis, string on)
    {
        var current = await Judge.GetAsync($"/api/cases/{caseId}", Ct);
        return await SendAsync(Judge, HttpMethod.Post, $"/api/cases/{caseId}/transitions", current.Headers.ETag!.Tag,
            new { action, basis, ruling = new { number = $"(2026){County.CourtCode}破{caseId.ToString("N")[..6]}号", date = on, kind = "民事裁定书" } });
    }

    public async Task<HttpResponseMessage> SetClaimPeriodAsync(Guid caseId, string announcedOn, string claimDeadline)
    {
        var current = await Judge.GetAsync($"/api/cases/{caseId}", Ct);
        return await SendAsync(Judge, HttpMethod.Put, $"/api/cases/{caseId}/claim-period", current.Headers.ETag!.Tag, new { announcedOn, claimDeadline });
    }

    /// <summary>The tax file and its ETag.</summary>
    public async Task<(JsonElement File, string ETag)> FileAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/tax/cases/{caseId}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    /// <summary>A step on the tax file at its current version.</summary>
    public async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid caseId, string step, object body)
    {
        var (_, etag) = await FileAsync(client, caseId);
        return await SendAsync(client, HttpMethod.Post, $"/api/tax/cases/{caseId}/{step}", etag, body);
    }

    /// <summary>The case's open items (or those of <paramref name="status"/>) as the judge sees them.</summary>
    public async Task<List<JsonElement>> ItemsOfCaseAsync(Guid caseId, string? status = null) =>
        [.. (await Judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100{(status is null ? "" : "&status=" + status)}", Ct))
            .GetProperty("items").EnumerateArray()];

    public async Task<List<JsonElement>> RegisterAsync(Guid caseId) =>
        [.. (await Judge.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/claims", Ct)).GetProperty("items").EnumerateArray()];

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? etag, object body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await client.SendAsync(request, Ct);
    }

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
}
