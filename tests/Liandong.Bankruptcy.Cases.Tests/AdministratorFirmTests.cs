using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>
/// The court appoints an administrator firm (a unit of the county); the firm's users then see that case and nothing
/// else of the county's cases (list, case, timeline, deadlines, export), and another firm sees none of it.
/// </summary>
public sealed class AdministratorFirmTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _judge = null!;
    private CasesApi _api = null!;
    private Guid _firmA;
    private Guid _firmB;
    private Guid _taxUnit;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _judge = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
        _api = new CasesApi(_judge, _county, _ct);
        using var admin = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
        _firmA = await CreateUnit(admin, "甲律师事务所", "AdministratorFirm");
        _firmB = await CreateUnit(admin, "乙会计师事务所", "AdministratorFirm");
        _taxUnit = await CreateUnit(admin, "测试县税务局", "Tax");
    }

    public ValueTask DisposeAsync()
    {
        _judge.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_appointed_firm_sees_its_case_only_and_another_firm_sees_nothing()
    {
        var (appointed, etag) = await _api.RegisterAsync(1);
        etag = await _api.AdvancedAsync(appointed, etag, "AcceptLiquidation", null, "2026-03-02");
        var (other, otherETag) = await _api.RegisterAsync(2);
        await _api.AdvancedAsync(other, otherETag, "AcceptLiquidation", null, "2026-03-03");

        var response = await Appoint(appointed, etag, _firmA);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var administrator = (await _api.JsonAsync(response)).GetProperty("administrator");
        (administrator.GetProperty("firmId").GetGuid(), administrator.GetProperty("name").GetString(), administrator.GetProperty("interim").GetBoolean())
            .ShouldBe((_firmA, "甲律师事务所", false));
        var timeline = await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/{appointed}/timeline", _ct);
        timeline.EnumerateArray().Last().GetProperty("action").GetString().ShouldBe("AppointAdministrator");

        using var firmA = host.CreateClient(await host.CreateUnitUserAsync(_county, _firmA, null, CasesPermissions.View));
        using var firmB = host.CreateClient(await host.CreateUnitUserAsync(_county, _firmB, null, CasesPermissions.View));

        (await Ids(firmA, "/api/cases")).ShouldBe([appointed]);
        (await firmA.GetAsync($"/api/cases/{appointed}", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await firmA.GetAsync($"/api/cases/{other}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await firmA.GetAsync($"/api/cases/{other}/timeline", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var deadlines = await firmA.GetFromJsonAsync<JsonElement>("/api/cases/deadlines?until=2026-12-31", _ct);
        deadlines.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("caseId").GetGuid()).Distinct().ShouldBe([appointed]); // its service and announcement

        (await Ids(firmB, "/api/cases")).ShouldBeEmpty();
        (await firmB.GetAsync($"/api/cases/{appointed}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await firmB.GetFromJsonAsync<JsonElement>("/api/cases/deadlines?until=2026-12-31", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);

        (await Ids(_judge, "/api/cases")).Count.ShouldBe(2); // the court sees every case of the county
    }

    [Fact]
    public async Task Only_an_active_administrator_firm_of_the_county_is_appointed_and_only_while_the_case_is_in_procedure()
    {
        var (id, etag) = await _api.RegisterAsync(3);
        await ShouldBeRefused(await Appoint(id, etag, _firmA), HttpStatusCode.Conflict, "cases.not_in_procedure"); // not accepted yet
        await ShouldBeRefused(await Appoint(id, etag, _firmA, interim: true), HttpStatusCode.Conflict, "cases.not_pre_packaged");
        etag = await _api.AdvancedAsync(id, etag, "AcceptLiquidation", null, "2026-03-02");

        await ShouldBeRefused(await Appoint(id, etag, _taxUnit), HttpStatusCode.UnprocessableEntity, "cases.not_an_administrator_firm");
        await ShouldBeRefused(await Appoint(id, etag, Guid.NewGuid()), HttpStatusCode.UnprocessableEntity, "cases.not_an_administrator_firm");
        var other = await host.CreateCountyAsync();
        using var otherAdmin = host.CreateClient(await host.CreateUserAsync(other, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
        await ShouldBeRefused(await Appoint(id, etag, await CreateUnit(otherAdmin, "外县律师事务所", "AdministratorFirm")),
            HttpStatusCode.UnprocessableEntity, "cases.not_an_administrator_firm");
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/{id}/administrator", etag, new { firmId = _firmA })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Appoint(id, "\"1\"", _firmA)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var current = await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", _ct);
        current.GetProperty("administrator").ValueKind.ShouldBe(JsonValueKind.Null); // every refusal changed nothing
        current.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(etag.Trim('"'));

        using var firm = host.CreateClient(await host.CreateUnitUserAsync(_county, _firmA, null, CasesPermissions.View));
        (await firm.PutAsJsonAsync($"/api/cases/{id}/administrator", new { firmId = _firmA }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_pre_packaged_case_gets_an_interim_administrator_whose_stage_ends_with_acceptance()
    {
        var response = await _judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){_county.CourtCode}破申4号",
            procedure = "ApplicationReview",
            prePackagedFrom = "2026-01-05",
            debtors = new[] { new { name = "洛阳某某置业有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await _api.JsonAsync(response)).GetProperty("id").GetGuid();
        var etag = response.Headers.ETag!.Tag;

        var interim = await Appoint(id, etag, _firmA, interim: true);
        interim.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.JsonAsync(interim)).GetProperty("administrator").GetProperty("interim").GetBoolean().ShouldBeTrue();
        etag = await _api.AdvancedAsync(id, interim.Headers.ETag!.Tag, "AcceptReorganization", null, "2026-04-01");

        var accepted = await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", _ct);
        accepted.GetProperty("prePackaged").GetProperty("until").GetString().ShouldBe("2026-04-01");
        accepted.GetProperty("acceptedOn").GetString().ShouldBe("2026-04-01");
        await ShouldBeRefused(await Appoint(id, etag, _firmA, interim: true), HttpStatusCode.Conflict, "cases.not_pre_packaged");
        var formal = await Appoint(id, etag, _firmA);
        formal.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.JsonAsync(formal)).GetProperty("administrator").GetProperty("interim").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task No_administrator_is_appointed_while_a_composition_agreement_is_carried_out_art_98_nor_claims_declared_art_100()
    {
        var (id, etag) = await _api.RegisterAsync(8);
        etag = await _api.AdvancedAsync(id, etag, "AcceptComposition", null, "2026-03-02");
        var appointed = await Appoint(id, etag, _firmA);
        appointed.StatusCode.ShouldBe(HttpStatusCode.OK); // during the composition procedure, yes
        etag = await _api.AdvancedAsync(id, appointed.Headers.ETag!.Tag, "ApproveComposition", null, "2026-04-20");

        // The approval ended the procedure and the administrator's office (art. 98): no appointment now.
        await ShouldBeRefused(await Appoint(id, etag, _firmB), HttpStatusCode.Conflict, "cases.not_in_procedure");
        using var firm = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Claims, CasesPermissions.ManageClaims));
        var late = await firm.PostAsJsonAsync($"/api/cases/{id}/claims", new { creditor = "迟到的债权人", kind = "Ordinary", priority = "Ordinary", principal = 10, declaredOn = "2026-05-01" }, _ct);
        await ShouldBeRefused(late, HttpStatusCode.Conflict, "cases.claims_closed"); // art. 100(3): none while the agreement is carried out
        (await firm.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_terminated_case_takes_no_more_claims_art_56()
    {
        var (id, etag) = await _api.RegisterAsync(9);
        etag = await _api.AdvancedAsync(id, etag, "AcceptLiquidation", null, "2026-03-02");
        using var firm = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Claims, CasesPermissions.ManageClaims));
        (await firm.PostAsJsonAsync($"/api/cases/{id}/claims", new { creditor = "甲", kind = "Ordinary", priority = "Ordinary", principal = 10, declaredOn = "2026-03-20" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _api.AdvanceAsync(id, etag, "Terminate", "Art43", "终结裁定", "2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var late = await firm.PostAsJsonAsync($"/api/cases/{id}/claims", new { creditor = "乙", kind = "Ordinary", priority = "Ordinary", principal = 10, declaredOn = "2026-04-02" }, _ct);

        await ShouldBeRefused(late, HttpStatusCode.Conflict, "cases.claims_closed");
        (await firm.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/claims", _ct)).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    private Task<HttpResponseMessage> Appoint(Guid id, string etag, Guid firmId, bool interim = false) =>
        _api.SendAsync(HttpMethod.Put, $"/api/cases/{id}/administrator", etag, new
        {
            firmId,
            interim,
            decision = new { number = "(2026)豫9000破1号", date = "2026-04-02", kind = "指定管理人决定书" },
        });

    private async Task ShouldBeRefused(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await _api.JsonAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }

    private async Task<List<Guid>> Ids(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(url, _ct)).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];

    private async Task<Guid> CreateUnit(HttpClient admin, string name, string kind)
    {
        var response = await admin.PostAsJsonAsync("/api/platform/units", new { name, kind }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
    }
}
