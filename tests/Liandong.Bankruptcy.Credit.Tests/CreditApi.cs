using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Tax.Contracts;

namespace Liandong.Bankruptcy.Credit.Tests;

/// <summary>
/// A seeded county over HTTP with a judge (the court keeps its lists), an administrator who applies, and an officer of
/// each unit that keeps a credit target: development and reform, market regulation, the bank liaison, the tax bureau.
/// </summary>
internal sealed class CreditCounty
{
    private int _sequence;

    private CreditCounty(TestCounty county, CancellationToken ct) => (County, Ct) = (county, ct);

    public TestCounty County { get; }

    public CancellationToken Ct { get; }

    public Dictionary<string, Guid> Units { get; } = [];

    public HttpClient Judge { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    public HttpClient Tax { get; private set; } = null!;

    /// <summary>The officer of each unit kind keeping a target (DevelopmentReform, MarketRegulation, Banking, Tax), and the judge as Court.</summary>
    public Dictionary<string, HttpClient> Officers { get; } = [];

    public static async Task<CreditCounty> CreateAsync(LiandongHostFixture host, CancellationToken ct)
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var made = new CreditCounty(county, ct);
        foreach (var (kind, id) in await host.UnitsByKindAsync(county, ct))
        {
            made.Units[kind] = id;
        }

        made.Judge = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, CoordinationPermissions.Work,
            CreditPermissions.View, CreditPermissions.Decide));
        made.Officers["Court"] = made.Judge;
        made.Administrator = host.CreateClient(await host.CreateUserAsync(county, CreditPermissions.View, CreditPermissions.Apply));
        foreach (var kind in new[] { "DevelopmentReform", "MarketRegulation", "Banking" })
        {
            made.Officers[kind] = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units[kind], null,
                CoordinationPermissions.Items, CoordinationPermissions.Work, CreditPermissions.View, CreditPermissions.Decide));
        }

        made.Tax = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Tax"], null,
            TaxPermissions.View, TaxPermissions.Declare, CoordinationPermissions.Items, CoordinationPermissions.Work, CreditPermissions.View, CreditPermissions.Decide));
        made.Officers["Tax"] = made.Tax;
        return made;
    }

    /// <summary>
    /// Registers a case and accepts it as a composition on 2026-03-10; with <paramref name="approvedOn"/>, the agreement
    /// approved that day (art. 98; an approved reorganization plan takes a tallied vote first, and opens the file the same way).
    /// </summary>
    public async Task<Guid> CompositionAsync(string? approvedOn)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var registered = await Judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){County.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            applicant = "Debtor", // art. 95: only the debtor applies for a composition
            debtors = new[] { new { name = "洛阳某某信用修复测试有限公司", uscc = "91350100M000100Y43" } },
        }, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(registered)).GetProperty("id").GetGuid();
        await AdvancedAsync(id, "AcceptComposition", null, "2026-03-10");
        if (approvedOn is not null)
        {
            await AdvancedAsync(id, "ApproveComposition", null, approvedOn);
        }

        // Every event in (in either order): the acceptance's dishonest-debtor measure and the approval; a step taken on the
        // file's version before a later one lands is refused (412), as it would be for any user.
        await Eventually.HoldsAsync(async () => (await FileAsync(Judge, id)).File is var file && Measure(file, "DishonestDebtorList") is not null
                                                && (approvedOn is null || file.GetProperty("approvedOn").GetString() == approvedOn));

        return id;
    }

    /// <summary>Advances the case, which must succeed (the problem's text is the failure's message).</summary>
    public async Task AdvancedAsync(Guid caseId, string action, string? basis, string on)
    {
        var response = await AdvanceAsync(caseId, action, basis, on);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    public async Task<HttpResponseMessage> AdvanceAsync(Guid caseId, string action, string? basis, string on)
    {
        var current = await Judge.GetAsync($"/api/cases/{caseId}", Ct);
        return await SendAsync(Judge, HttpMethod.Post, $"/api/cases/{caseId}/transitions", current.Headers.ETag!.Tag,
            new { action, basis, ruling = new { number = $"(2026){County.CourtCode}破{caseId.ToString("N")[..6]}号之{action.Length}", date = on, kind = "民事裁定书" } });
    }

    public async Task<(JsonElement File, string ETag)> FileAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/credit/cases/{caseId}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    public static JsonElement? Measure(JsonElement file, string target) =>
        file.GetProperty("measures").EnumerateArray().Where(m => m.GetProperty("target").GetString() == target).Cast<JsonElement?>().SingleOrDefault();

    public async Task<string?> StatusAsync(Guid caseId, string target) =>
        Measure((await FileAsync(Judge, caseId)).File, target)?.GetProperty("status").GetString();

    /// <summary>A step on the credit file at its current version.</summary>
    public async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid caseId, string step, object body)
    {
        var (_, etag) = await FileAsync(client, caseId);
        return await SendAsync(client, HttpMethod.Post, $"/api/credit/cases/{caseId}/{step}", etag, body);
    }

    public Task<HttpResponseMessage> ApplyAsync(Guid caseId, string filedOn, string[]? targets = null) =>
        StepAsync(Administrator, caseId, "applications", new
        {
            applicant = "Administrator",
            applicantName = "河南某某律师事务所（管理人）",
            documents = new[] { "（2026）豫0305破1号之三民事裁定书（批准重整计划）", "重整计划" },
            targets,
            filedOn,
        });

    public Task<HttpResponseMessage> DecideAsync(string unitKind, Guid caseId, string target, bool repaired, string on, string note = "已办理") =>
        StepAsync(Officers[unitKind], caseId, $"measures/{target}/decision", new { repaired, note, decidedOn = on });

    public async Task<List<JsonElement>> ItemsOfCaseAsync(Guid caseId) =>
        [.. (await Judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100", Ct)).GetProperty("items").EnumerateArray()];

    /// <summary>The case's items of <paramref name="kind"/> once there are <paramref name="count"/>.</summary>
    public async Task<List<JsonElement>> ItemsOfKindAsync(Guid caseId, string kind, int count = 1)
    {
        List<JsonElement> items = [];
        await Eventually.HoldsAsync(async () => (items = [.. (await ItemsOfCaseAsync(caseId)).Where(i => i.GetProperty("kind").GetString() == kind)]).Count == count);
        return items;
    }

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
