using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases;
using Liandong.Bankruptcy.Coordination;
using Liandong.Bankruptcy.Platform;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>The office consents to a judge's item; a tax officer works the unit inbox: signs for an item and completes it with an attachment. Each page scanned by axe.</summary>
public sealed class CoordinationPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Xietiao2026Mima";

    [Fact]
    public async Task The_office_consents_and_a_tax_officer_signs_for_and_completes_an_item_with_an_attachment()
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        Dictionary<string, Guid> units = [];
        using (var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView)))
        {
            foreach (var unit in (await admin.GetFromJsonAsync<JsonElement>("/api/platform/units?limit=200", ct)).GetProperty("items").EnumerateArray())
            {
                units.TryAdd(unit.GetProperty("kind").GetString()!, unit.GetProperty("id").GetGuid());
            }
        }

        var tax = await host.CreateUnitUserAsync(county, units["Tax"], Password, CoordinationPermissions.Items, CoordinationPermissions.Work, CoordinationPermissions.Raise);
        var office = await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"], Password,
            CoordinationPermissions.Items, CoordinationPermissions.Oversee, CoordinationPermissions.Consent);
        using var judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, CoordinationPermissions.Raise));
        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申9号", procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using (var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/transitions")
        {
            Content = JsonContent.Create(new { action = "AcceptLiquidation", ruling = new { number = "(2026)受理", date = "2026-03-02", kind = "受理裁定" } }),
        })
        {
            accept.Headers.IfMatch.Add(new EntityTagHeaderValue(registered.Headers.ETag!.Tag));
            (await judge.SendAsync(accept, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var raised = await judge.PostAsJsonAsync("/api/coordination/items", new
        {
            caseId, unitId = units["Tax"], title = "协调解除对债务人车辆的查封", dueLength = 5, dueUnit = "WorkingDays",
        }, ct);
        raised.StatusCode.ShouldBe(HttpStatusCode.Created);

        var (officeContext, officePage, officeOffsite) = await browser.OpenAsync(host.BaseAddress);
        await using (officeContext)
        {
            await officePage.SignInAsync(office.UserName, Password);
            await officePage.Locator("h1", new() { HasTextString = "联动事项总览" }).WaitForAsync(); // the office's home page
            await officePage.ScanAsync();
            await officePage.GetByRole(AriaRole.Link, new() { Name = "协调解除对债务人车辆的查封" }).ClickAsync();
            (await officePage.Locator("#item-status").InnerTextAsync()).ShouldBe("待领导小组同意");
            await officePage.ScanAsync();
            await officePage.GetByLabel("意见", new() { Exact = true }).FillAsync("领导小组同意");
            await officePage.GetByRole(AriaRole.Button, new() { Name = "同意", Exact = true }).ClickAsync();
            await officePage.Locator("#item-status", new() { HasTextString = "待签收" }).WaitForAsync();
            officeOffsite.ShouldBeEmpty();
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress);
        await using (context)
        {
            await page.SignInAsync(tax.UserName, Password);
            await page.Locator("h1", new() { HasTextString = "本单位待办" }).WaitForAsync(); // a unit officer's home page
            await page.GetByRole(AriaRole.Link, new() { Name = "协调解除对债务人车辆的查封" }).WaitForAsync(); // consented: it reached the unit
            (await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "本单位待办" }).InnerTextAsync()).ShouldContain("（3）"); // open items, in the navigation
            await page.GetByRole(AriaRole.Link, new() { Name = "申报税收及社会保险费债权" }).ClickAsync();
            await page.ScanAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = "已签收" }).WaitForAsync();

            await page.GetByLabel("办理结果").FillAsync("已申报税款 12.5 万元");
            await page.GetByLabel("附件（PDF").SetInputFilesAsync(new FilePayload
            {
                Name = "债权申报表.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% 债权申报表\n"u8.ToArray(),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = "已办结" }).WaitForAsync();
            (await page.Locator("#item-result").InnerTextAsync()).ShouldContain("已申报税款 12.5 万元");
            await page.GetByRole(AriaRole.Link, new() { Name = "债权申报表.pdf" }).WaitForAsync();
            (await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "本单位待办" }).InnerTextAsync()).ShouldContain("（2）");
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }
    }
}
