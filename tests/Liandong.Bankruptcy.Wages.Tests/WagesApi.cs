using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Contracts;

namespace Liandong.Bankruptcy.Wages.Tests;

/// <summary>A seeded county over HTTP: a judge who accepts cases and reads the register, the administrator, the tax officer.</summary>
internal sealed class WagesCounty
{
    private int _sequence;

    private WagesCounty(TestCounty county, CancellationToken ct) => (County, Ct) = (county, ct);

    public TestCounty County { get; }

    public CancellationToken Ct { get; }

    public HttpClient Judge { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    public TestUser AdministratorUser { get; private set; } = null!;

    public HttpClient Tax { get; private set; } = null!;

    /// <summary>Human resources and social security's officer: verifies the list, advances, works its items.</summary>
    public HttpClient Hrss { get; private set; } = null!;

    /// <summary>Medical insurance's officer: verifies the medical subsidies.</summary>
    public HttpClient Medical { get; private set; } = null!;

    public static async Task<WagesCounty> CreateAsync(LiandongHostFixture host, CancellationToken ct)
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var made = new WagesCounty(county, ct);
        var units = await host.UnitsByKindAsync(county, ct);
        made.Judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Claims, WagesPermissions.View,
            WagesPermissions.Verify, Coordination.Contracts.CoordinationPermissions.Items, Coordination.Contracts.CoordinationPermissions.Risks));
        made.AdministratorUser = await host.CreateUserAsync(county, WagesPermissions.View, WagesPermissions.Administer);
        made.Administrator = host.CreateClient(made.AdministratorUser);
        made.Hrss = host.CreateClient(await host.CreateUnitUserAsync(county, units["HumanResourcesSocialSecurity"], null,
            WagesPermissions.View, WagesPermissions.Verify, WagesPermissions.Advance, WagesPermissions.Rules));
        made.Medical = host.CreateClient(await host.CreateUnitUserAsync(county, units["MedicalInsurance"], null, WagesPermissions.View, WagesPermissions.Verify));
        made.Tax = host.CreateClient(await host.CreateUnitUserAsync(county, units["Tax"], null, TaxPermissions.View, TaxPermissions.Declare, TaxPermissions.Administer));
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
            debtors = new[] { new { name = "洛阳某某纺织有限公司", uscc = "91350100M000100Y43" } },
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

    public static object Employee(string name, string idNumber, decimal wages, bool executive = false, int months = 6, decimal? compensation = null,
        decimal? before2006 = null, decimal? medical = null) =>
        new { name, idNumber, position = executive ? "副总经理" : "工人", executive, monthsOwed = months, wages, compensation, wagesBefore2006 = before2006, medicalSubsidies = medical };

    public async Task<(JsonElement File, string ETag)> FileAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/wages/cases/{caseId}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    public Task<HttpResponseMessage> StepAsync(Guid caseId, string step, object body, HttpMethod? method = null) => StepAsync(Administrator, caseId, step, body, method);

    /// <summary>A step on the list by <paramref name="client"/>, at the list's current version.</summary>
    public async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid caseId, string step, object body, HttpMethod? method = null)
    {
        var (_, etag) = await FileAsync(client, caseId);
        return await SendAsync(client, method ?? HttpMethod.Post, $"/api/wages/cases/{caseId}/{step}", etag, body);
    }

    /// <summary>A ruling on the case (the judge): <c>DeclareBankruptcy</c> …</summary>
    public async Task<HttpResponseMessage> AdvanceAsync(Guid caseId, string action, string on)
    {
        var current = await Judge.GetAsync($"/api/cases/{caseId}", Ct);
        return await SendAsync(Judge, HttpMethod.Post, $"/api/cases/{caseId}/transitions", current.Headers.ETag!.Tag,
            new { action, ruling = new { number = $"(2026){County.CourtCode}破{caseId.ToString("N")[..6]}号之{action.Length}", date = on, kind = "民事裁定书" } });
    }

    /// <summary>The case's coordination items, as the judge sees them: the open ones, or those in <paramref name="status"/>.</summary>
    public async Task<List<JsonElement>> ItemsAsync(Guid caseId, string? status = null) =>
        [.. (await Judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100{(status is null ? "" : "&status=" + status)}", Ct))
            .GetProperty("items").EnumerateArray()];

    /// <summary>The county's open major-risk matters.</summary>
    public async Task<List<JsonElement>> RisksAsync() => [.. (await Judge.GetFromJsonAsync<JsonElement>("/api/coordination/risks", Ct)).EnumerateArray()];

    public Task<HttpResponseMessage> AddAsync(Guid caseId, params object[] employees) => StepAsync(caseId, "employees", new { employees });

    public async Task<HttpResponseMessage> ImportAsync(Guid caseId, IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> rows)
    {
        var sheet = (await Spreadsheets.XlsxAsync(rows, "职工.xlsx", Ct)).FileContents.ToArray();
        var (_, etag) = await FileAsync(Administrator, caseId);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(sheet) { Headers = { ContentType = new MediaTypeHeaderValue(Spreadsheets.ContentType) } }, "file", "职工.xlsx" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/wages/cases/{caseId}/employees.xlsx") { Content = form };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await Administrator.SendAsync(request, Ct);
    }

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
