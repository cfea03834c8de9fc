using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Tax.Contracts;

namespace Liandong.Bankruptcy.Deregistration.Tests;

/// <summary>
/// A seeded county over HTTP with a judge, an administrator, and officers of the units that do the closing steps
/// (market regulation, tax, public security, the bank, human resources and social security).
/// </summary>
internal sealed class DeregistrationCounty
{
    private int _sequence;

    private DeregistrationCounty(TestCounty county, CancellationToken ct) => (County, Ct) = (county, ct);

    public TestCounty County { get; }

    public CancellationToken Ct { get; }

    public Dictionary<string, Guid> Units { get; } = [];

    public HttpClient Judge { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    public HttpClient Market { get; private set; } = null!;

    public HttpClient Tax { get; private set; } = null!;

    /// <summary>The officer of each unit kind that works a closing item (MarketRegulation, PublicSecurity, Banking, HumanResourcesSocialSecurity).</summary>
    public Dictionary<string, HttpClient> Officers { get; } = [];

    public static async Task<DeregistrationCounty> CreateAsync(LiandongHostFixture host, CancellationToken ct)
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var made = new DeregistrationCounty(county, ct);
        foreach (var (kind, id) in await host.UnitsByKindAsync(county, ct))
        {
            made.Units[kind] = id;
        }

        made.Judge = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, DeregistrationPermissions.View));
        made.Administrator = host.CreateClient(await host.CreateUserAsync(county, DeregistrationPermissions.View, DeregistrationPermissions.Administer));
        foreach (var kind in new[] { "MarketRegulation", "PublicSecurity", "Banking", "HumanResourcesSocialSecurity" })
        {
            string[] permissions = kind == "MarketRegulation"
                ? [CoordinationPermissions.Items, CoordinationPermissions.Work, DeregistrationPermissions.View, DeregistrationPermissions.Register]
                : [CoordinationPermissions.Items, CoordinationPermissions.Work];
            made.Officers[kind] = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units[kind], null, permissions));
        }

        made.Market = made.Officers["MarketRegulation"];
        made.Tax = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Tax"], null,
            TaxPermissions.View, TaxPermissions.Declare, CoordinationPermissions.Items, CoordinationPermissions.Work));
        return made;
    }

    /// <summary>Registers a case (USCC <paramref name="uscc"/>); accepts it as a liquidation on <paramref name="acceptedOn"/> unless null. Returns its id.</summary>
    public async Task<Guid> CaseAsync(string? acceptedOn, string uscc = "91350100M000100Y43")
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var registered = await Judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){County.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某注销测试有限公司", uscc } },
        }, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(registered)).GetProperty("id").GetGuid();
        if (acceptedOn is not null)
        {
            (await AdvanceAsync(id, "AcceptLiquidation", null, acceptedOn)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(async () => (await FileAsync(Judge, id)).File.GetProperty("publications").GetArrayLength() > 0);
        }

        return id;
    }

    public async Task<HttpResponseMessage> AdvanceAsync(Guid caseId, string action, string? basis, string on)
    {
        var current = await Judge.GetAsync($"/api/cases/{caseId}", Ct);
        return await SendAsync(Judge, HttpMethod.Post, $"/api/cases/{caseId}/transitions", current.Headers.ETag!.Tag,
            new { action, basis, ruling = new { number = $"(2026){County.CourtCode}破{caseId.ToString("N")[..6]}号之{action.Length}", date = on, kind = "民事裁定书" } });
    }

    /// <summary>Terminates the liquidation under art. 43 on <paramref name="on"/> and waits for the closing steps and their items.</summary>
    public async Task TerminateAsync(Guid caseId, string on)
    {
        (await AdvanceAsync(caseId, "Terminate", "Art43", on)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await FileAsync(Judge, caseId)).File is var file
                                                && file.GetProperty("closing").GetProperty("steps").GetArrayLength() == 6
                                                && file.GetProperty("publications").EnumerateArray().Any(p => p.GetProperty("step").GetString() == "Terminate"));
        await Eventually.HoldsAsync(async () => (await ItemsOfCaseAsync(caseId)).Count(i => i.GetProperty("kind").GetString() == ItemKinds.Deregistration) == 1);
    }

    public async Task<(JsonElement File, string ETag)> FileAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/deregistration/cases/{caseId}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    /// <summary>A step on the registration file at its current version.</summary>
    public async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid caseId, string step, object body, HttpMethod? method = null)
    {
        var (_, etag) = await FileAsync(client, caseId);
        return await SendAsync(client, method ?? HttpMethod.Post, $"/api/deregistration/cases/{caseId}/{step}", etag, body);
    }

    public async Task<List<JsonElement>> ItemsOfCaseAsync(Guid caseId, string? status = null) =>
        [.. (await Judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100{(status is null ? "" : "&status=" + status)}", Ct))
            .GetProperty("items").EnumerateArray()];

    /// <summary>The officer of the item's unit signs for it and completes it.</summary>
    public async Task CompleteItemAsync(Guid caseId, string kind, string unitKind)
    {
        var id = (await ItemsOfCaseAsync(caseId)).Single(i => i.GetProperty("kind").GetString() == kind).GetProperty("id").GetGuid();
        var officer = Officers[unitKind];
        foreach (var (step, body) in new (string, object)[] { ("sign", new { }), ("complete", new { result = "已办结" }) })
        {
            var item = await officer.GetAsync($"/api/coordination/items/{id}", Ct);
            (await SendAsync(officer, HttpMethod.Post, $"/api/coordination/items/{id}/{step}", item.Headers.ETag!.Tag, body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    public async Task<JsonElement> CaseAsync(Guid caseId) => await Judge.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}", Ct);

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
