using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Tax.Contracts;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>A tax officer goes from the declaration item in the unit's inbox to the case's tax page, declares, and finds the item completed.</summary>
public sealed class TaxPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Shuiwu2026Mima";

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_tax_officer_declares_claims_on_a_case_in_the_inbox_and_sees_the_item_completed(int width)
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await host.UnitsByKindAsync(county, ct);

        var tax = await host.CreateUnitUserAsync(county, units["Tax"], Password,
            CoordinationPermissions.Items, CoordinationPermissions.Work, TaxPermissions.View, TaxPermissions.Declare);
        using var judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申21号", procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某机械有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using (var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/transitions")
        {
            Content = JsonContent.Create(new { action = "AcceptLiquidation", ruling = new { number = "(2026)受理", date = "2026-03-10", kind = "受理裁定" } }),
        })
        {
            accept.Headers.IfMatch.Add(new EntityTagHeaderValue(registered.Headers.ETag!.Tag));
            (await judge.SendAsync(accept, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(tax.UserName, Password);
            await page.Locator("h1", new() { HasTextString = "本单位待办" }).WaitForAsync();
            var declaration = page.GetByRole(AriaRole.Link, new() { Name = "申报税收及社会保险费债权" });
            await Eventually.HoldsAsync(async () =>
            {
                await page.GotoAsync("/coordination/inbox");
                return await declaration.CountAsync() == 1;
            });
            await declaration.ClickAsync();
            await page.Locator("#item-status").WaitForAsync();
            var itemPage = page.Url;
            await page.Locator("#work-page").ClickAsync(); // the item's work is done on the case's tax page
            await page.Locator("h1", new() { HasTextString = "税务事项" }).WaitForAsync();
            await page.ScanAsync();

            await page.Locator("#declared-on").FillAsync("2026-04-01");
            await page.Locator("#line-type").FillAsync("增值税");
            await page.Locator("#line-from").FillAsync("2026-01-01");
            await page.Locator("#line-to").FillAsync("2026-01-31");
            await page.Locator("#line-due").FillAsync("2026-02-15");
            await page.Locator("#line-principal").FillAsync("100000");
            await page.Locator("#declare-submit").ClickAsync();
            var line = page.Locator("#tax-lines tbody tr", new() { HasTextString = "增值税" });
            await line.WaitForAsync();
            (await line.Locator("td.late-fee").InnerTextAsync()).ShouldContain("100,000.00 × 0.05% × 23 = 1,150.00"); // Feb 16 – Mar 10
            (await page.Locator("#tax-totals").InnerTextAsync()).ShouldContain("第二顺序");
            await page.ScanAsync();

            await Eventually.HoldsAsync(async () =>
            {
                await page.GotoAsync(itemPage);
                return await page.Locator("#item-status").InnerTextAsync() == "已办结";
            });
            (await page.Locator("#item-result").InnerTextAsync()).ShouldContain("申报税收及社会保险费债权1项");
            offsite.ShouldBeEmpty();
        }
    }
}
