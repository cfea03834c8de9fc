using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Credit.Contracts;
using Liandong.Bankruptcy.Deregistration.Contracts;
using Liandong.Bankruptcy.Tax.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Wages.Contracts;
using Liandong.Bankruptcy.Assets.Contracts;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// Every page of every module at a desk (1366 × 768) and on a phone (390 × 844): axe finds nothing serious, nothing
/// is requested from outside the host (every request is listed), nothing is wider than the screen, and a full-page
/// screenshot of each is kept in <c>TestResults/screenshots/</c> as a reviewable artefact (not compared).
/// </summary>
/// <remarks>
/// One class per screen (<see cref="DeskDesignSystemTests"/>, <see cref="PhoneDesignSystemTests"/>): xunit runs the
/// tests of a class one after another and classes side by side, and these two walks are the browser suite's longest.
/// </remarks>
public abstract class DesignSystemTests(LiandongHostFixture host, BrowserFixture browser, int width)
{
    private const string Password = "Sheji2026Mima";

    public static readonly string ScreenshotRoot = Path.Combine(TestEnvironment.RepositoryRoot, "TestResults", "screenshots");

    [Fact]
    public async Task Every_page_passes_axe_fits_the_screen_and_loads_only_from_the_host()
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await UnitsAsync(county, ct);
        var judge = await host.CreateUnitUserAsync(county, units["Court"], Password,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Claims, CasesPermissions.ConfirmClaims,
            CasesPermissions.Meetings, CasesPermissions.Publish, CasesPermissions.Requests, CasesPermissions.ReplyRequests, CasesPermissions.Settings,
            CoordinationPermissions.Items, CoordinationPermissions.Raise, CoordinationPermissions.Work, CoordinationPermissions.Oversee,
            CoordinationPermissions.Meetings, CoordinationPermissions.Assessment, CoordinationPermissions.Risks, CoordinationPermissions.Leads,
            CoordinationPermissions.Templates, TaxPermissions.View, TaxPermissions.Declare, TaxPermissions.Administer, TaxPermissions.Settings,
            DeregistrationPermissions.View, DeregistrationPermissions.Administer, DeregistrationPermissions.Register,
            CreditPermissions.View, CreditPermissions.Apply, CreditPermissions.Decide,
            WagesPermissions.View, WagesPermissions.Administer, WagesPermissions.Advance,
            AssetsPermissions.View, AssetsPermissions.Manage, AssetsPermissions.Inquire,
            PlatformPermissions.UnitsView, PlatformPermissions.UsersView, PlatformPermissions.RolesView, PlatformPermissions.AuditView,
            PlatformPermissions.CalendarView);
        var supervisor = await host.CreateUserWithPasswordAsync(null, Password,
            CoordinationPermissions.CityCounters, PlatformPermissions.CountiesView, PlatformPermissions.MessagesManage);
        var caseId = await CaseWithItemAsync(county, units, ct);
        await EstateAsync(county, caseId, ct);

        var requests = new List<string>();
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            page.Request += (_, request) => { lock (requests) { requests.Add(request.Url); } };
            await page.SignInAsync(judge.UserName, Password);
            foreach (var (name, url) in new[]
            {
                ("home", "/"), ("cases-desk", "/cases/home"), ("cases", "/cases"), ("case", $"/cases/{caseId}"),
                ("case-creditors", $"/cases/{caseId}/creditors"), ("cases-register", "/cases/register"), ("cases-deadlines", "/cases/deadlines"),
                ("coordination-inbox", "/coordination/inbox"), ("coordination-overview", "/coordination/overview"),
                ("coordination-raise", $"/coordination/raise?caseId={caseId}"), ("coordination-meetings", "/coordination/meetings"),
                ("coordination-assessment", "/coordination/assessment"), ("coordination-risks", "/coordination/risks"),
                ("coordination-leads", "/coordination/leads"), ("coordination-templates", "/coordination/templates"),
                ("tax", "/tax"), ("tax-case", $"/tax/cases/{caseId}"), ("tax-settings", "/tax/settings"),
                ("deregistration", "/deregistration?uscc=91350100M000100Y43"), ("deregistration-case", $"/deregistration/cases/{caseId}"),
                ("credit", "/credit"), ("credit-case", $"/credit/cases/{caseId}"),
                ("wages", "/wages"), ("wages-case", $"/wages/cases/{caseId}"),
                ("assets", "/assets"), ("assets-case", $"/assets/cases/{caseId}"), ("assets-distribution", $"/assets/cases/{caseId}/distribution"),
                ("platform-units", "/platform/units"), ("platform-users", "/platform/users"), ("platform-roles", "/platform/roles"),
                ("platform-calendar", "/platform/calendar"), ("platform-audit", "/platform/audit"),
            })
            {
                await VisitAsync(page, name, url, width);
            }

            if (width > 1000)
            {
                // The case page shows its summary and its tabs on the first screen.
                await page.GotoAsync($"/cases/{caseId}");
                var tabs = await page.GetByRole(AriaRole.Tablist).First.BoundingBoxAsync();
                tabs.ShouldNotBeNull();
                (tabs.Y + tabs.Height).ShouldBeLessThanOrEqualTo(BrowserFixture.Screen(width).Height);

                // In print every tab's content shows with its heading and the shell does not; kept as A4 PDFs to look at.
                await page.EmulateMediaAsync(new() { Media = Media.Print });
                (await page.Locator("#deadlines").IsVisibleAsync()).ShouldBeTrue();
                (await page.Locator("#timeline").IsVisibleAsync()).ShouldBeTrue();
                (await page.Locator("nav.main-nav").IsVisibleAsync()).ShouldBeFalse();
                (await page.Locator("header.shell").IsVisibleAsync()).ShouldBeFalse();
                Directory.CreateDirectory(ScreenshotRoot);
                await page.PdfAsync(new() { Path = Path.Combine(ScreenshotRoot, "case.pdf"), Format = "A4", PrintBackground = true });
                await page.GotoAsync("/coordination/assessment");
                await page.PdfAsync(new() { Path = Path.Combine(ScreenshotRoot, "assessment.pdf"), Format = "A4" });
                await page.EmulateMediaAsync(new() { Media = Media.Screen });
            }
        }

        var (hostContext, hostPage, hostOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (hostContext)
        {
            hostPage.Request += (_, request) => { lock (requests) { requests.Add(request.Url); } };
            await hostPage.SignInAsync(supervisor.UserName, Password);
            foreach (var (name, url) in new[] { ("host-city", "/host/coordination"), ("host-counties", "/host/counties"), ("host-messages", "/host/messages") })
            {
                await VisitAsync(hostPage, name, url, width);
            }

            await hostPage.GotoAsync("/host/counties"); // without Host.Counties.Manage the page is read-only: no form at all
            (await hostPage.Locator("main form[method=post]").CountAsync()).ShouldBe(0);
        }

        offsite.ShouldBeEmpty();
        hostOffsite.ShouldBeEmpty();
        requests.ShouldNotBeEmpty();
        requests.Where(r => !r.StartsWith(host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)).ShouldBeEmpty();
        Directory.CreateDirectory(ScreenshotRoot);
        await File.WriteAllLinesAsync(Path.Combine(ScreenshotRoot, $"requests-{width}.txt"), requests.Distinct().Order(), ct);
    }

    private static async Task VisitAsync(IPage page, string name, string url, int width)
    {
        var response = await page.GotoAsync(url);
        response!.Status.ShouldBe(200, url); // loaded: no page fetches anything after its load event (no script calls fetch)
        await page.ScanAsync();
        // Chinese everywhere: no English word in the page's own text (data such as user names and file names aside).
        var english = await page.EnglishWordsAsync();
        english.ShouldBeEmpty($"{url} shows English in the Chinese UI: {string.Join(" ", english)}");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(width, $"{url} is wider than the screen");
        Directory.CreateDirectory(Path.Combine(ScreenshotRoot, width.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotRoot, width.ToString(System.Globalization.CultureInfo.InvariantCulture), name + ".png"), FullPage = true });
    }

    private async Task<Dictionary<string, Guid>> UnitsAsync(TestCounty county, CancellationToken ct)
    {
        Dictionary<string, Guid> units = [];
        using var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
        var firm = await admin.PostAsJsonAsync("/api/platform/units", new { name = "洛阳丁律师事务所", kind = "AdministratorFirm" }, ct);
        firm.StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var unit in (await admin.GetFromJsonAsync<JsonElement>("/api/platform/units?limit=200", ct)).GetProperty("items").EnumerateArray())
        {
            units.TryAdd(unit.GetProperty("kind").GetString()!, unit.GetProperty("id").GetGuid());
        }

        return units;
    }

    /// <summary>An estate with something in each table: a takeover line, an asset with a charge and a seizure, an inquiry, the account with a receipt.</summary>
    private async Task EstateAsync(TestCounty county, Guid caseId, CancellationToken ct)
    {
        using var administrator = host.CreateClient(await host.CreateUserAsync(county, AssetsPermissions.View, AssetsPermissions.Manage, AssetsPermissions.Inquire));
        foreach (var (step, body) in new (string, object)[]
        {
            ("takeover", new { items = new[] { new { category = "Seals", description = "公章、财务专用章、合同专用章" } } }),
            ("assets", new
            {
                kind = "RealEstate", description = "工业厂房及附属设施", location = "洛阳市西工区中州路 1 号", identifier = "豫(2019)洛阳市不动产权第0012345号",
                appraisedValue = 3_200_000m, appraisedOn = "2026-03-20",
                encumbrances = new[] { new { rank = "MortgageOrPledge", holder = "中国银行洛阳分行", amount = 1_500_000m } },
            }),
            ("assets/1/seizures", new { seizingBody = "洛阳市涧西区人民法院", documentNumber = "(2025)豫0305执1234号", seizedOn = "2025-12-01" }),
            ("inquiries", new { targets = new[] { "RealEstate", "Vehicles" }, sentOn = "2026-03-04" }),
            ("account", new { bank = "中国工商银行洛阳西工支行", number = "1705020009200012345", openedOn = "2026-03-04" }),
            ("account/entries", new { direction = "Receipt", amount = 86_500.5m, on = "2026-03-05", counterparty = "洛阳某某商贸有限公司", purpose = "收回应收账款" }),
            ("expenses", new { kind = "BankruptcyExpense", description = "厂房评估费", amount = 12_000m, incurredOn = "2026-03-05" }),
            ("distribution-plans", new { draftedOn = "2026-03-06" }),
        })
        {
            var current = await administrator.GetAsync($"/api/assets/cases/{caseId}", ct);
            using var request = new HttpRequestMessage(step == "account" ? HttpMethod.Put : HttpMethod.Post, $"/api/assets/cases/{caseId}/{step}") { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(current.Headers.ETag!.Tag));
            var response = await administrator.SendAsync(request, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        }
    }

    /// <summary>An accepted case with an administrator, a claim and an item for the tax bureau, made over the API.</summary>
    private async Task<Guid> CaseWithItemAsync(TestCounty county, Dictionary<string, Guid> units, CancellationToken ct)
    {
        using var judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Claims, CasesPermissions.ManageClaims,
            CoordinationPermissions.Items, CoordinationPermissions.Raise));
        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申12号", procedure = "ApplicationReview", receivedOn = "2026-02-20", applicant = "Debtor",
            debtors = new[] { new { name = "洛阳某某重工机械有限公司", uscc = "91350100M000100Y43", registeredAddress = "洛阳市西工区中州路 1 号", legalRepresentative = "张三" } },
        }, ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        var etag = registered.Headers.ETag!.Tag;
        foreach (var (method, url, body) in new (HttpMethod, string, object)[]
        {
            (HttpMethod.Post, $"/api/cases/{caseId}/transitions", new { action = "AcceptLiquidation", ruling = new { number = "(2026)受理", date = "2026-03-02", kind = "受理裁定" } }),
            (HttpMethod.Put, $"/api/cases/{caseId}/administrator", new { firmId = units["AdministratorFirm"], decision = new { number = "(2026)指定", date = "2026-03-03", kind = "指定管理人决定书" } }),
        })
        {
            using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            var response = await judge.SendAsync(request, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
            etag = response.Headers.ETag!.Tag;
        }

        var raised = await judge.PostAsJsonAsync("/api/coordination/items", new
        {
            caseId, unitId = units["Tax"], title = "协调解除对债务人车辆的查封", dueLength = 5, dueUnit = "WorkingDays",
        }, ct);
        raised.StatusCode.ShouldBe(HttpStatusCode.Created);
        return caseId;
    }
}

/// <summary><see cref="DesignSystemTests"/> at a desk: 1366 × 768.</summary>
public sealed class DeskDesignSystemTests(LiandongHostFixture host, BrowserFixture browser) : DesignSystemTests(host, browser, 1366);

/// <summary><see cref="DesignSystemTests"/> on a phone: 390 × 844.</summary>
public sealed class PhoneDesignSystemTests(LiandongHostFixture host, BrowserFixture browser) : DesignSystemTests(host, browser, 390);
