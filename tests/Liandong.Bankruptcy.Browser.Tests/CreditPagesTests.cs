using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Credit.Contracts;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// One application, many doors: after an approved composition the administrator files one credit repair application
/// on the credit page, the development-and-reform officer decides on the same page, and the judge sees every unit's
/// measure where it stands.
/// </summary>
public sealed class CreditPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Xinyong2026Mima";

    [Fact]
    public async Task The_administrator_applies_once_a_unit_decides_and_the_judge_sees_each_unit_on_one_page()
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await host.UnitsByKindAsync(county, ct);
        var judgeUser = await host.CreateUnitUserAsync(county, units["Court"], Password,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, CreditPermissions.View, CreditPermissions.Decide);
        var administrator = await host.CreateUserWithPasswordAsync(county, Password, CreditPermissions.View, CreditPermissions.Apply);
        var ndrc = await host.CreateUnitUserAsync(county, units["DevelopmentReform"], Password,
            CoordinationPermissions.Items, CoordinationPermissions.Work, CreditPermissions.View, CreditPermissions.Decide);
        using var judge = host.CreateClient(judgeUser);

        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申41号", procedure = "ApplicationReview", applicant = "Debtor",
            debtors = new[] { new { name = "洛阳某某重工有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        foreach (var (action, date) in new[] { ("AcceptComposition", "2026-03-10"), ("ApproveComposition", "2026-06-01") })
        {
            var current = await judge.GetAsync($"/api/cases/{caseId}", ct);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/transitions")
            {
                Content = JsonContent.Create(new { action, ruling = new { number = $"(2026){action}", date, kind = "民事裁定书" } }),
            };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(current.Headers.ETag!.Tag));
            (await judge.SendAsync(request, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await Eventually.HoldsAsync(async () => (await judge.GetFromJsonAsync<JsonElement>($"/api/credit/cases/{caseId}", ct))
            .GetProperty("approvedOn").GetString() == "2026-06-01");

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (context)
        {
            await page.SignInAsync(administrator.UserName, Password);
            await page.GotoAsync($"/credit/cases/{caseId}");
            await page.GetByLabel("申请人名称").FillAsync("河南某某律师事务所");
            await page.GetByLabel("依据材料1").FillAsync("（2026）豫0305破1号之二民事裁定书（认可和解协议）");
            await page.GetByLabel("申请日期").FillAsync("2026-06-03");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交信用修复申请" }).ClickAsync();
            await page.Locator("#measures tr[data-target=CourtLists]").WaitForAsync();
            (await page.Locator("#measures").InnerTextAsync()).ShouldContain("发展改革部门");
            (await page.Locator("#applications").InnerTextAsync()).ShouldContain("认可和解协议");
            offsite.ShouldBeEmpty();
        }

        var (ndrcContext, ndrcPage, ndrcOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (ndrcContext)
        {
            await ndrcPage.SignInAsync(ndrc.UserName, Password);
            await ndrcPage.GotoAsync($"/credit/cases/{caseId}");
            var row = ndrcPage.Locator("#measures tr[data-target=PublicCredit]");
            (await ndrcPage.Locator("#measures tr[data-target=AbnormalOperations] form").CountAsync()).ShouldBe(0); // market regulation's, not this unit's
            await row.GetByLabel("修复文书或不予修复的理由").FillAsync("信用中国已在重整和解专区标注");
            await row.GetByLabel("办理日期").FillAsync("2026-06-05");
            await row.GetByRole(AriaRole.Button).ClickAsync();
            await ndrcPage.Locator("#measures tr[data-target=PublicCredit]", new() { HasTextString = "已修复" }).WaitForAsync();
            await ndrcPage.ScanAsync();
            ndrcOffsite.ShouldBeEmpty();
        }

        var (judgeContext, judgePage, judgeOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (judgeContext)
        {
            await judgePage.SignInAsync(judgeUser.UserName, Password);
            await judgePage.GotoAsync($"/cases/{caseId}");
            await judgePage.GetByRole(AriaRole.Tab, new() { Name = "信用修复" }).ClickAsync();
            (await judgePage.Locator("#credit-file").Locator("..").InnerTextAsync()).ShouldContain("信用中国失信信息修复（发展改革部门）：已修复");
            await judgePage.GotoAsync($"/credit/cases/{caseId}");
            (await judgePage.Locator("#measures tr[data-target=AbnormalOperations]").InnerTextAsync()).ShouldContain("待办理");
            (await judgePage.Locator("#measures tr[data-target=PublicCredit]").InnerTextAsync()).ShouldContain("信用中国已在重整和解专区标注");
            (await judgePage.Locator("#history").InnerTextAsync()).ShouldContain("已修复");
            judgeOffsite.ShouldBeEmpty();
        }

        // The unit's item was answered by its decision on the credit page.
        await Eventually.HoldsAsync(async () => (await judge.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}&status=Completed&limit=100", ct))
            .GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == "credit.public_credit"));
    }
}
