using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// The first day, through the pages only, in Chinese and in English: a judge registers a case and accepts it, raises an
/// item for the tax bureau; the office consents; a tax officer finds it naming the debtor, signs for it and completes
/// it; the judge sees it done on the desk. In Chinese no page shows an English word that is not data.
/// </summary>
public sealed class DayOneWalkTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Diyitian2026Mima";
    private const string Debtor = "洛阳某某精密机械有限公司";
    private const string Uscc = "91350100M000100Y43";
    private const string Title = "协调解除对债务人厂房的查封";

    /// <summary>What the user reads on the way, in the interface language.</summary>
    private sealed record Words(
        string Lang, string Desk, string Register, string Advance, string Accept, string Submit, string Accepted, string PendingConsent,
        string Consent, string Assigned, string Sign, string SignedFor, string Complete, string Confirm, string ConfirmOk, string Completed, string SignOut);

    private static readonly Dictionary<string, Words> Languages = new()
    {
        ["zh-CN"] = new("zh-Hans", "我的工作台", "登记", "推进案件", "裁定受理破产清算申请", "提交", "已受理", "待领导小组同意",
            "同意", "待签收", "签收", "已签收", "办结", "请确认", "确定", "已办结", "退出登录"),
        ["en"] = new("en", "My desk", "Register", "Advance the case", "Accept for liquidation", "Submit", "Accepted", "Awaiting consent",
            "Consent", "Assigned", "Sign for", "Signed for", "Complete", "Please confirm", "Confirm", "Completed", "Sign out"),
    };

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task A_judge_registers_and_accepts_the_office_consents_a_tax_officer_completes_the_item_naming_the_debtor_and_the_judge_sees_it_done_on_the_desk(string locale)
    {
        var w = Languages[locale];
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        Dictionary<string, (Guid Id, string Name)> units = [];
        using (var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView)))
        {
            foreach (var unit in (await admin.GetFromJsonAsync<JsonElement>("/api/platform/units?limit=200", ct)).GetProperty("items").EnumerateArray())
            {
                units.TryAdd(unit.GetProperty("kind").GetString()!, (unit.GetProperty("id").GetGuid(), unit.GetProperty("name").GetString()!));
            }
        }

        var judge = await host.CreateUnitUserAsync(county, units["Court"].Id, Password,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, CoordinationPermissions.Raise);
        var office = await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"].Id, Password,
            CoordinationPermissions.Items, CoordinationPermissions.Oversee, CoordinationPermissions.Consent, CasesPermissions.View);
        var tax = await host.CreateUnitUserAsync(county, units["Tax"].Id, Password, CoordinationPermissions.Items, CoordinationPermissions.Work);
        var caseNumber = $"(2026){county.CourtCode}破申21号";
        string itemUrl;

        // The judge registers the case and accepts it, then raises an item for the tax bureau from the case page.
        var (judgeContext, page, offsite) = await browser.OpenAsync(host.BaseAddress, locale, BrowserFixture.Screen(1366));
        await using (judgeContext)
        {
            await SignInAsync(page, judge.UserName, w);
            await page.Locator("h1", new() { HasTextString = w.Desk }).WaitForAsync();
            await CheckAsync(page, w);
            await page.GotoAsync("/cases/register");
            await CheckAsync(page, w);
            await page.Locator("#case-number").FillAsync(caseNumber);
            await page.Locator("#debtor-name-0").FillAsync(Debtor);
            await page.Locator("#uscc-0").FillAsync(Uscc);
            await page.GetByRole(AriaRole.Button, new() { Name = w.Register, Exact = true }).ClickAsync();
            await page.Locator("h1", new() { HasTextString = caseNumber }).WaitForAsync();
            await CheckAsync(page, w);

            await page.GetByRole(AriaRole.Button, new() { Name = w.Advance }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = w.Accept, Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = w.Advance });
            await dialog.Locator("#ruling-number").FillAsync(caseNumber);
            await dialog.Locator("#ruling-date").FillAsync("2026-03-02");
            await dialog.Locator("#ruling-kind").FillAsync(locale == "en" ? "Ruling of acceptance" : "受理裁定");
            await dialog.GetByRole(AriaRole.Button, new() { Name = w.Submit }).ClickAsync();
            await page.Locator("#case-state", new() { HasTextString = w.Accepted }).WaitForAsync();
            await CheckAsync(page, w);

            await page.GotoAsync(page.Url.Split('#')[0].Replace("/cases/", "/coordination/raise?caseId=", StringComparison.Ordinal));
            await CheckAsync(page, w);
            await page.Locator("#unit").SelectOptionAsync(new SelectOptionValue { Label = units["Tax"].Name });
            await page.Locator("#title").FillAsync(Title);
            await page.Locator("#due-length").FillAsync("5");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = w.PendingConsent }).WaitForAsync(); // non-routine: the office consents first
            itemUrl = new Uri(page.Url).PathAndQuery;
            await CheckAsync(page, w);
            offsite.ShouldBeEmpty();
        }

        // The leadership group's office consents.
        (var officeContext, page, offsite) = await browser.OpenAsync(host.BaseAddress, locale, BrowserFixture.Screen(1366));
        await using (officeContext)
        {
            await SignInAsync(page, office.UserName, w);
            await page.GotoAsync(itemUrl);
            await CheckAsync(page, w);
            await page.GetByRole(AriaRole.Button, new() { Name = w.Consent, Exact = true }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = w.Assigned }).WaitForAsync();
            offsite.ShouldBeEmpty();
        }

        // The tax officer finds the item in the inbox by the debtor's name and credit code, signs for it and completes it.
        (var taxContext, page, offsite) = await browser.OpenAsync(host.BaseAddress, locale, BrowserFixture.Screen(390));
        await using (taxContext)
        {
            await SignInAsync(page, tax.UserName, w);
            await page.GotoAsync("/coordination/inbox");
            var row = page.Locator("table.items tr", new() { HasTextString = Title });
            (await row.Locator("td.debtor").InnerTextAsync()).ShouldStartWith(Debtor);
            (await row.Locator("td.debtor .uscc").InnerTextAsync()).ShouldBe(Uscc);
            await CheckAsync(page, w);
            await row.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            var debtor = await page.Locator("#item-debtor").InnerTextAsync();
            debtor.ShouldContain(Debtor);
            debtor.ShouldContain(Uscc);
            await CheckAsync(page, w);
            await page.GetByRole(AriaRole.Button, new() { Name = w.Sign, Exact = true }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = w.SignedFor }).WaitForAsync();
            await page.Locator("#result").FillAsync("已协调法院解除查封");
            await page.GetByRole(AriaRole.Button, new() { Name = w.Complete, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog, new() { Name = w.Confirm }).GetByRole(AriaRole.Button, new() { Name = w.ConfirmOk }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = w.Completed }).WaitForAsync();
            await CheckAsync(page, w);
            offsite.ShouldBeEmpty();
        }

        // The judge's desk shows the item of the judge's case done, with its result one click away.
        (judgeContext, page, offsite) = await browser.OpenAsync(host.BaseAddress, locale, BrowserFixture.Screen(1366));
        await using (judgeContext)
        {
            await SignInAsync(page, judge.UserName, w);
            var done = page.Locator("section[aria-labelledby=desk-items] tr", new() { HasTextString = Title });
            (await done.InnerTextAsync()).ShouldContain(w.Completed);
            (await done.InnerTextAsync()).ShouldContain(Debtor);
            await CheckAsync(page, w);
            await done.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            (await page.Locator("#item-result").InnerTextAsync()).ShouldContain("已协调法院解除查封");
            offsite.ShouldBeEmpty();
        }
    }

    private static async Task SignInAsync(IPage page, string userName, Words w)
    {
        await page.GotoAsync("/account/sign-in");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(w.Lang); // the browser's language
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = w.SignOut }).WaitForAsync();
    }

    /// <summary>axe finds nothing serious; the page is in the user's language; in Chinese it shows no English word that is not data.</summary>
    private static async Task CheckAsync(IPage page, Words w)
    {
        await page.ScanAsync();
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(w.Lang);
        if (w.Lang == "zh-Hans")
        {
            (await page.EnglishWordsAsync()).ShouldBeEmpty($"{page.Url} shows English in the Chinese UI");
        }
    }
}
