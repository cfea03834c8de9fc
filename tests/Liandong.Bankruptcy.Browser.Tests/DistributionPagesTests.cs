using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Assets.Contracts;
using Liandong.Bankruptcy.Cases.Contracts;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// The administrator computes a distribution plan from the recorded claims on the page and reads its arithmetic; the
/// creditors' meeting adopts it (a tallied Cases resolution); the administrator records the vote; the judge confirms the
/// plan on the page and its payout register opens.
/// </summary>
public sealed class DistributionPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Fenpei2026Mima";

    private static async Task<string> SendAsync(HttpClient client, HttpMethod method, string url, string? etag, object body, HttpStatusCode expected, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        var response = await client.SendAsync(request, ct);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(ct));
        return response.Headers.ETag?.Tag ?? "";
    }

    [Fact]
    public async Task A_plan_is_computed_from_recorded_claims_voted_and_confirmed_by_the_judge()
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await host.UnitsByKindAsync(county, ct);
        using var court = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, AssetsPermissions.View, AssetsPermissions.Rule));
        using var clerk = host.CreateClient(await host.CreateUserAsync(county,
            CasesPermissions.View, CasesPermissions.Claims, CasesPermissions.ManageClaims, CasesPermissions.Meetings, AssetsPermissions.View, AssetsPermissions.Manage));
        var administrator = await host.CreateUserWithPasswordAsync(county, Password, AssetsPermissions.View, AssetsPermissions.Manage, CasesPermissions.View);
        var judge = await host.CreateUserWithPasswordAsync(county, Password, AssetsPermissions.View, AssetsPermissions.Rule, CasesPermissions.View);

        var registered = await court.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申71号", procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某精密铸造有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        await SendAsync(court, HttpMethod.Post, $"/api/cases/{caseId}/transitions", registered.Headers.ETag!.Tag,
            new { action = "AcceptLiquidation", ruling = new { number = "(2026)受理", date = "2026-03-10", kind = "受理裁定" } }, HttpStatusCode.OK, ct);

        // The register: an employee (class ①), two suppliers (class ③), each confirmed.
        var claims = new List<Guid>();
        foreach (var (creditor, creditorId, priority, amount) in new[]
        {
            ("王五", "11010519491231002X", "Employee", 20_000m), ("甲公司", (string?)null, "Ordinary", 300_000m), ("乙公司", null, "Ordinary", 100_000m),
        })
        {
            var declared = await clerk.PostAsJsonAsync($"/api/cases/{caseId}/claims", new
            {
                creditor, creditorId, kind = "Ordinary", priority, votingClass = priority == "Employee" ? "Employee" : "Ordinary", principal = amount, declaredOn = "2026-04-01",
            }, ct);
            declared.StatusCode.ShouldBe(HttpStatusCode.Created);
            var claim = await declared.Content.ReadFromJsonAsync<JsonElement>(ct);
            claims.Add(claim.GetProperty("id").GetGuid());
            await SendAsync(clerk, HttpMethod.Put, $"/api/cases/claims/{claims[^1]}/review", $"\"{claim.GetProperty("version").GetUInt32()}\"",
                new { status = "Confirmed", on = "2026-04-30" }, HttpStatusCode.OK, ct);
        }

        // The account holds 200,000.00; the court fixed the fee at 10,000.00.
        var file = await clerk.GetAsync($"/api/assets/cases/{caseId}", ct);
        var etag = await SendAsync(clerk, HttpMethod.Put, $"/api/assets/cases/{caseId}/account", file.Headers.ETag!.Tag,
            new { bank = "中国银行洛阳分行", number = "2466 0000 1111", openedOn = "2026-03-12" }, HttpStatusCode.OK, ct);
        etag = await SendAsync(clerk, HttpMethod.Post, $"/api/assets/cases/{caseId}/account/entries", etag,
            new { direction = "Receipt", amount = 200_000m, on = "2026-03-20", counterparty = "洛阳某某商贸有限公司", purpose = "收回应收账款" }, HttpStatusCode.OK, ct);
        await SendAsync(court, HttpMethod.Put, $"/api/assets/cases/{caseId}/fee-scheme", etag, new { fixedAmount = 10_000m, setOn = "2026-03-11" }, HttpStatusCode.OK, ct);

        var (context, page, _) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (context)
        {
            await page.SignInAsync(administrator.UserName, Password);
            await page.GotoAsync($"/assets/cases/{caseId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "破产财产分配" }).First.ClickAsync();
            await page.Locator("#draft-on").FillAsync("2026-05-15");
            await page.GetByRole(AriaRole.Button, new() { Name = "生成分配方案" }).ClickAsync();
            await page.Locator("#plans tr[data-number='1']", new() { HasTextString = "草案" }).WaitForAsync();
            await page.ScanAsync();

            // Court fee (50 + 2,250 + 2,000) ÷ 2 = 2,150; fee 10,000; ① 20,000; 167,850 for 400,000 of class ③: 125,887.50 and 41,962.50.
            (await page.Locator("#fees").InnerTextAsync()).ShouldContain("2,150.00");
            (await page.Locator("#tranches tr[data-kind='Ordinary']").InnerTextAsync()).ShouldContain("167,850.00");
            (await page.Locator("#creditors").InnerTextAsync()).ShouldContain("125,887.50");
            var creditors = await page.Locator("#creditors").InnerTextAsync();
            creditors.ShouldContain("王*");
            creditors.ShouldNotContain("11010519491231002X");

            // The meeting adopts it (over HTTP, in Cases); the administrator records the vote on the page.
            var convened = await clerk.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-05-01", heldOn = "2026-05-20" }, ct);
            convened.StatusCode.ShouldBe(HttpStatusCode.Created);
            var meeting = (await convened.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
            var version = await SendAsync(clerk, HttpMethod.Post, $"/api/cases/meetings/{meeting}/resolutions", convened.Headers.ETag!.Tag,
                new { kind = "DistributionPlan", title = "通过破产财产分配方案" }, HttpStatusCode.OK, ct);
            foreach (var claim in claims)
            {
                version = await SendAsync(clerk, HttpMethod.Put, $"/api/cases/meetings/{meeting}/ballots", version, new { resolution = 1, claimId = claim, ballot = "Yes" }, HttpStatusCode.OK, ct);
            }

            await SendAsync(clerk, HttpMethod.Post, $"/api/cases/meetings/{meeting}/tally", version, new { resolution = 1, on = "2026-05-20" }, HttpStatusCode.OK, ct);
            await page.ReloadAsync();
            await page.Locator("#vote-resolution").SelectOptionAsync(new SelectOptionValue { Index = 0 });
            await page.GetByRole(AriaRole.Button, new() { Name = "登记表决结果" }).ClickAsync();
            await page.Locator("#plans tr[data-number='1']", new() { HasTextString = "债权人会议通过" }).WaitForAsync();
            (await page.GetByRole(AriaRole.Button, new() { Name = "裁定认可分配方案" }).CountAsync()).ShouldBe(0); // the administrator does not rule
        }

        (context, page, _) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (context)
        {
            await page.SignInAsync(judge.UserName, Password);
            await page.GotoAsync($"/assets/cases/{caseId}/distribution");
            await page.Locator("#confirm-ruling").FillAsync("(2026)豫0305破71号之二");
            await page.Locator("#confirm-on").FillAsync("2026-05-25");
            await page.GetByRole(AriaRole.Button, new() { Name = "裁定认可分配方案" }).ClickAsync();
            await page.Locator("#plans tr[data-number='1']", new() { HasTextString = "法院裁定认可" }).WaitForAsync();
            var payouts = await page.Locator("#payouts").InnerTextAsync();
            payouts.ShouldContain("125,887.50");
            payouts.ShouldContain("41,962.50");
            (await page.Locator("#payouts tbody tr").CountAsync()).ShouldBe(5); // court fee, fee, 王*, 甲, 乙
            await page.ScanAsync();
        }
    }
}
