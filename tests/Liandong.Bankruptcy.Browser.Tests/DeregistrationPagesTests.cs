using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Deregistration.Contracts;
using Liandong.Bankruptcy.Tax.Contracts;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// After a terminated liquidation whose other closing steps are done, a market-regulation officer completes the
/// deregistration item from the inbox, and the judge finds the case closed.
/// </summary>
public sealed class DeregistrationPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Zhuxiao2026Mima";

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_market_officer_completes_the_deregistration_item_and_the_judge_sees_the_case_closed(int width)
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await host.UnitsByKindAsync(county, ct);

        var market = await host.CreateUnitUserAsync(county, units["MarketRegulation"], Password,
            CoordinationPermissions.Items, CoordinationPermissions.Work, DeregistrationPermissions.View, DeregistrationPermissions.Register);
        var judgeUser = await host.CreateUnitUserAsync(county, units["Court"], Password,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, DeregistrationPermissions.View);
        using var judge = host.CreateClient(judgeUser);
        using var administrator = host.CreateClient(await host.CreateUserAsync(county, DeregistrationPermissions.View, DeregistrationPermissions.Administer));
        using var tax = host.CreateClient(await host.CreateUnitUserAsync(county, units["Tax"], null, TaxPermissions.View, TaxPermissions.Declare));

        async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string get, object body)
        {
            var current = await client.GetAsync(get, ct);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(current.Headers.ETag!.Tag));
            return await client.SendAsync(request, ct);
        }

        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申31号", procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某轴承有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        foreach (var (action, basis, date) in new[] { ("AcceptLiquidation", (string?)null, "2026-03-10"), ("Terminate", "Art43", "2026-05-20") })
        {
            (await SendAsync(judge, $"/api/cases/{caseId}/transitions", $"/api/cases/{caseId}",
                new { action, basis, ruling = new { number = $"(2026){action}", date, kind = "民事裁定书" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Every closing step but deregistration itself is done: the other units' items, the clearance, the application.
        await Eventually.HoldsAsync(async () => (await judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100", ct))
            .GetProperty("items").EnumerateArray().Count(i => i.GetProperty("kind").GetString() == ItemKinds.Deregistration) == 1);
        var items = (await judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&limit=100", ct)).GetProperty("items").EnumerateArray().ToList();
        foreach (var (kind, unitKind) in new[] { (ItemKinds.SealCancellation, "PublicSecurity"), (ItemKinds.AccountClosure, "Banking"), (ItemKinds.SocialInsuranceDeregistration, "HumanResourcesSocialSecurity") })
        {
            using var officer = host.CreateClient(await host.CreateUnitUserAsync(county, units[unitKind], null, CoordinationPermissions.Items, CoordinationPermissions.Work));
            var id = items.Single(i => i.GetProperty("kind").GetString() == kind).GetProperty("id").GetGuid();
            (await SendAsync(officer, $"/api/coordination/items/{id}/sign", $"/api/coordination/items/{id}", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await SendAsync(officer, $"/api/coordination/items/{id}/complete", $"/api/coordination/items/{id}", new { result = "已办结" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await SendAsync(tax, $"/api/tax/cases/{caseId}/clearance", $"/api/tax/cases/{caseId}", new { documentNumber = "洛税清〔2026〕3号", issuedOn = "2026-05-25" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await judge.GetFromJsonAsync<JsonElement>($"/api/deregistration/cases/{caseId}", ct))
            .GetProperty("closing").GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("doneOn").ValueKind != JsonValueKind.Null) == 4);
        (await SendAsync(administrator, $"/api/deregistration/cases/{caseId}/application", $"/api/deregistration/cases/{caseId}",
            new { registry = "涧西区市场监督管理局", appliedOn = "2026-05-22" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(market.UserName, Password);
            var item = page.GetByRole(AriaRole.Link, new() { Name = "依管理人申请办理注销登记" });
            await Eventually.HoldsAsync(async () =>
            {
                await page.GotoAsync("/coordination/inbox");
                return await item.CountAsync() == 1;
            });
            await item.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = "已签收" }).WaitForAsync();
            await page.GetByLabel("办理结果").FillAsync("已核准注销登记");
            await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
            await page.ConfirmAsync("不能撤回");
            await page.Locator("#item-status", new() { HasTextString = "已办结" }).WaitForAsync();

            // The registration file shows every step done and the deregistration complete.
            await page.Locator("#work-page").ClickAsync();
            await Eventually.HoldsAsync(async () =>
            {
                await page.ReloadAsync();
                return await page.Locator("#completed").CountAsync() == 1;
            });
            (await page.Locator("#closing-steps").InnerTextAsync()).ShouldNotContain("待办理");
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }

        var (judgeContext, judgePage, judgeOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (judgeContext)
        {
            await judgePage.SignInAsync(judgeUser.UserName, Password);
            await Eventually.HoldsAsync(async () =>
            {
                await judgePage.GotoAsync($"/cases/{caseId}");
                return await judgePage.Locator("#case-closed").CountAsync() == 1;
            });
            (await judgePage.Locator("#case-closed").InnerTextAsync()).ShouldStartWith("已结案");
            await judgePage.GetByRole(AriaRole.Tab, new() { Name = "登记与注销" }).ClickAsync();
            (await judgePage.Locator("#registration-file").Locator("..").InnerTextAsync()).ShouldContain("已于");
            judgeOffsite.ShouldBeEmpty();
        }
    }
}
