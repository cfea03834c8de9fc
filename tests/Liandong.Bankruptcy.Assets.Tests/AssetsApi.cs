using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// A seeded county over HTTP: a judge (registers and accepts cases, replies to requests, sends inquiries, follows the
/// items), the administrator (works the estate, submits requests), and an officer of each registry the inquiry reaches.
/// </summary>
internal sealed class AssetsCounty
{
    private int _sequence;

    private AssetsCounty(TestCounty county, CancellationToken ct) => (County, Ct) = (county, ct);

    public TestCounty County { get; }

    public CancellationToken Ct { get; }

    public Dictionary<string, Guid> Units { get; private set; } = [];

    public HttpClient Judge { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    /// <summary>The officer of each registry unit kind (NaturalResources, PublicSecurity, MarketRegulation, Banking).</summary>
    public Dictionary<string, HttpClient> Officers { get; } = [];

    public static async Task<AssetsCounty> CreateAsync(LiandongHostFixture host, CancellationToken ct)
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var made = new AssetsCounty(county, ct) { Units = await host.UnitsByKindAsync(county, ct) };
        made.Judge = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Requests, CasesPermissions.ReplyRequests,
            CoordinationPermissions.Items, AssetsPermissions.View, AssetsPermissions.Inquire, AssetsPermissions.Rule));
        made.Administrator = host.CreateClient(await host.CreateUserAsync(county,
            AssetsPermissions.View, AssetsPermissions.Manage, AssetsPermissions.Inquire, CasesPermissions.View, CasesPermissions.Requests, CasesPermissions.SubmitRequests,
            CasesPermissions.Claims, CasesPermissions.ManageClaims, CasesPermissions.Meetings));
        foreach (var kind in new[] { "NaturalResources", "PublicSecurity", "MarketRegulation", "Banking" })
        {
            made.Officers[kind] = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units[kind], null,
                CoordinationPermissions.Items, CoordinationPermissions.Work, AssetsPermissions.View, AssetsPermissions.Answer));
        }

        return made;
    }

    /// <summary>Registers a case and accepts it as a liquidation on 2026-03-10 (unless <paramref name="accept"/> is false).</summary>
    public async Task<Guid> CaseAsync(bool accept = true)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var registered = await Judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){County.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某机械制造有限公司", uscc = "91350100M000100Y43" } },
        }, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(registered)).GetProperty("id").GetGuid();
        if (accept)
        {
            var current = await Judge.GetAsync($"/api/cases/{id}", Ct);
            (await SendAsync(Judge, HttpMethod.Post, $"/api/cases/{id}/transitions", current.Headers.ETag!.Tag,
                new { action = "AcceptLiquidation", ruling = new { number = $"(2026){County.CourtCode}破{sequence}号", date = "2026-03-10", kind = "民事裁定书" } }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return id;
    }

    public async Task<(JsonElement File, string ETag)> FileAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/assets/cases/{caseId}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    public Task<HttpResponseMessage> StepAsync(Guid caseId, string step, object body, HttpMethod? method = null) => StepAsync(Administrator, caseId, step, body, method);

    /// <summary>A step on the estate by <paramref name="client"/>, at its current version.</summary>
    public async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid caseId, string step, object body, HttpMethod? method = null)
    {
        var (_, etag) = await FileAsync(client, caseId);
        return await SendAsync(client, method ?? HttpMethod.Post, $"/api/assets/cases/{caseId}/{step}", etag, body);
    }

    /// <summary>A step that must succeed; the estate as it answers.</summary>
    public async Task<JsonElement> DoneAsync(Guid caseId, string step, object body, HttpMethod? method = null, HttpClient? client = null)
    {
        var response = await StepAsync(client ?? Administrator, caseId, step, body, method);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await JsonAsync(response);
    }

    /// <summary>The case's coordination items as the judge sees them: open ones, or those in <paramref name="status"/>.</summary>
    public async Task<List<JsonElement>> ItemsAsync(Guid caseId, string? status = null) =>
        [.. (await Judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100{(status is null ? "" : "&status=" + status)}", Ct))
            .GetProperty("items").EnumerateArray()];

    /// <summary>The open item of <paramref name="kind"/> once it exists.</summary>
    public async Task<JsonElement> OpenItemAsync(Guid caseId, string kind)
    {
        JsonElement? found = null;
        await Eventually.HoldsAsync(async () => (found = (await ItemsAsync(caseId)).Where(i => i.GetProperty("kind").GetString() == kind).Cast<JsonElement?>().FirstOrDefault()) is not null);
        return found!.Value;
    }

    /// <summary>Waits until the item of <paramref name="kind"/> is completed.</summary>
    public Task CompletedAsync(Guid caseId, string kind) =>
        Eventually.HoldsAsync(async () => (await ItemsAsync(caseId, "Completed")).Any(i => i.GetProperty("kind").GetString() == kind));

    public async Task<HttpResponseMessage> ImportStatementAsync(Guid caseId, IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> rows)
    {
        var sheet = (await Spreadsheets.XlsxAsync(rows, "对账单.xlsx", Ct)).FileContents.ToArray();
        var (_, etag) = await FileAsync(Administrator, caseId);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(sheet) { Headers = { ContentType = new MediaTypeHeaderValue(Spreadsheets.ContentType) } }, "file", "对账单.xlsx" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/assets/cases/{caseId}/account/statement.xlsx") { Content = form };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await Administrator.SendAsync(request, Ct);
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

    public static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        body.ShouldContain(code);
    }
}
