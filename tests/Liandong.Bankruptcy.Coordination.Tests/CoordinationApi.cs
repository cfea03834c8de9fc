using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>
/// A seeded test county with the people of a coordination flow: a judge of the court, officers of tax, market
/// regulation and HRSS, the office; their clients; and what they do over HTTP.
/// </summary>
internal sealed class CoordinationCounty
{
    private static readonly string[] Officer = [CoordinationPermissions.Items, CoordinationPermissions.Work, CoordinationPermissions.Raise];

    private CoordinationCounty(TestCounty county, CancellationToken cancellationToken)
    {
        County = county;
        Ct = cancellationToken;
    }

    public TestCounty County { get; }

    public CancellationToken Ct { get; }

    public Dictionary<string, Guid> Units { get; } = [];

    public HttpClient Judge { get; private set; } = null!;

    public HttpClient Tax { get; private set; } = null!;

    public HttpClient Market { get; private set; } = null!;

    public HttpClient Office { get; private set; } = null!;

    public HttpClient Hrss { get; private set; } = null!;

    public HttpClient Police { get; private set; } = null!;

    public TestUser TaxUser { get; private set; } = null!;

    public TestUser OfficeUser { get; private set; } = null!;

    public static async Task<CoordinationCounty> CreateAsync(LiandongHostFixture host, CancellationToken cancellationToken)
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var made = new CoordinationCounty(county, cancellationToken);
        using (var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView)))
        {
            var units = await admin.GetFromJsonAsync<JsonElement>("/api/platform/units?limit=200", cancellationToken);
            foreach (var unit in units.GetProperty("items").EnumerateArray())
            {
                made.Units.TryAdd(unit.GetProperty("kind").GetString()!, unit.GetProperty("id").GetGuid());
            }
        }

        made.Judge = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, CoordinationPermissions.Raise,
            CoordinationPermissions.Leads, CoordinationPermissions.HandLeads, CoordinationPermissions.Risks));
        made.TaxUser = await host.CreateUnitUserAsync(county, made.Units["Tax"], null, Officer);
        made.Tax = host.CreateClient(made.TaxUser);
        made.Market = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["MarketRegulation"], null, [.. Officer, CoordinationPermissions.Meetings]));
        made.Hrss = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["HumanResourcesSocialSecurity"], null, Officer));
        made.Police = host.CreateClient(await host.CreateUnitUserAsync(county, made.Units["PublicSecurity"], null, [.. Officer, CoordinationPermissions.Leads]));
        made.OfficeUser = await host.CreateUnitUserAsync(county, made.Units["LeadershipGroupOffice"], null,
            CoordinationPermissions.Items, CoordinationPermissions.Raise, CoordinationPermissions.Oversee, CoordinationPermissions.Consent, CoordinationPermissions.Templates,
            CoordinationPermissions.Meetings, CoordinationPermissions.ManageMeetings, CoordinationPermissions.Assessment, CoordinationPermissions.RecordAssessment,
            CoordinationPermissions.Risks, CoordinationPermissions.ManageRisks, CoordinationPermissions.Leads);
        made.Office = host.CreateClient(made.OfficeUser);
        return made;
    }

    /// <summary>
    /// The items an acceptance makes on a case: the ten acceptance lines of the default list, and the court's item from
    /// Credit to delete the dishonest-debtor entry (every procedure).
    /// </summary>
    public const int AcceptanceItems = 11;

    /// <summary>Registers and accepts a liquidation (ruling of <paramref name="acceptedOn"/>); returns the case id.</summary>
    public async Task<Guid> AcceptedCaseAsync(int sequence, string acceptedOn)
    {
        var registered = await Judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){County.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        }, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(registered)).GetProperty("id").GetGuid();
        var accepted = await SendAsync(Judge, HttpMethod.Post, $"/api/cases/{id}/transitions", registered.Headers.ETag!.Tag,
            new { action = "AcceptLiquidation", ruling = new { number = $"(2026){County.CourtCode}破申{sequence}号", date = acceptedOn, kind = "受理裁定" } });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    public async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("items").EnumerateArray()];

    public async Task<JsonElement> ItemAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"/api/coordination/items/{id}", Ct);

    /// <summary>Takes a step on an item at its current version; returns the answer.</summary>
    public async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, object? body = null)
    {
        var current = await client.GetAsync($"/api/coordination/items/{id}", Ct);
        return await SendAsync(client, HttpMethod.Post, $"/api/coordination/items/{id}/{step}", current.Headers.ETag?.Tag, body ?? new { });
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
