using Liandong.Bankruptcy.Cases;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>The judge's case pages, used as a person would, each scanned by axe.</summary>
public sealed class CasePagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Faguan2026Mima";

    [Fact]
    public async Task A_judge_registers_a_case_accepts_it_sees_the_deadlines_and_declares_bankruptcy()
    {
        var county = await host.CreateCountyAsync();
        var judge = await host.CreateUserWithPasswordAsync(county, Password, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance);
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress);
        await using var _ = context;
        var caseNumber = $"(2026){county.CourtCode}破申7号";

        await page.SignInAsync(judge.UserName, Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "破产案件" }).ClickAsync();
        await page.ScanAsync();
        await page.GetByLabel("案号").FillAsync("(2026)豫破申7号");
        await page.GetByLabel("债务人名称").FillAsync("洛阳某某机械有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y43");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).Locator("li").First.WaitForAsync(); // the court code is missing: refused, kept on the form
        await page.GetByLabel("案号").FillAsync(caseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = caseNumber }).WaitForAsync();
        (await page.Locator("#case-state").InnerTextAsync()).ShouldBe("已登记");
        await page.ScanAsync();

        await page.GetByLabel("操作").SelectOptionAsync(new SelectOptionValue { Label = "裁定受理破产清算申请" });
        await page.GetByLabel("文书编号").FillAsync(caseNumber);
        await page.GetByLabel("文书日期").FillAsync("2026-03-02");
        await page.GetByLabel("文书类型").FillAsync("受理裁定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.Locator("#case-state", new() { HasTextString = "已受理" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = "通知和公告" }).InnerTextAsync()).ShouldContain("2026-03-27");
        await page.ScanAsync();

        await page.GetByLabel("操作").SelectOptionAsync(new SelectOptionValue { Label = "宣告破产" });
        await page.GetByLabel("文书编号").FillAsync(caseNumber);
        await page.GetByLabel("文书日期").FillAsync("2026-04-15");
        await page.GetByLabel("文书类型").FillAsync("宣告破产裁定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.Locator("#case-state", new() { HasTextString = "已宣告破产" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Listitem).Filter(new() { HasTextString = "宣告破产裁定" }).InnerTextAsync()).ShouldContain("已受理 → 已宣告破产");

        await page.GetByRole(AriaRole.Link, new() { Name = "破产案件" }).First.ClickAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = caseNumber }).InnerTextAsync()).ShouldContain("已宣告破产");
        offsite.ShouldBeEmpty();
    }
}
