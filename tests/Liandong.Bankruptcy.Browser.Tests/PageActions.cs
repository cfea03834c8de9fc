using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>What every browser test does: sign in through the form, and scan a page with axe.</summary>
internal static class PageActions
{
    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).WaitForAsync(); // signed in, on the user's home page
    }

    /// <summary>On a case page: the step from the "advance the case" menu, whose dialog opens with the step chosen.</summary>
    public static async Task StartStepAsync(this IPage page, string step)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "推进案件" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = step, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "推进案件" }).WaitForAsync();
        (await page.GetByLabel("操作").EvaluateAsync<string>("s => s.options[s.selectedIndex].text")).ShouldBe(step);
    }

    /// <summary>axe-core (shipped inside the package, run in the page): no serious or critical violation.</summary>
    public static async Task ScanAsync(this IPage page)
    {
        var result = await page.RunAxe();
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ShouldBeEmpty();
    }
}
