using Deque.AxeCore.Commons;
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

    /// <summary>Follows an entry of the main navigation, opening the menu first where it is one (a phone).</summary>
    public static async Task NavigateAsync(this IPage page, string entry)
    {
        // The stylesheet decides whether the menu button shows: wait until the document has loaded. Asked of the document
        // itself, not of Playwright's "load" event: once, with the headless shell, that event never reached a wait begun
        // just after the sign-in's redirect, though the page had loaded (its network idle).
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        var menu = page.Locator("header.shell .navbar-toggler");
        if (await menu.IsVisibleAsync())
        {
            await menu.ClickAsync();
            await page.Locator("nav.main-nav.show").WaitForAsync();
        }

        await page.Locator("nav.main-nav").GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();
    }

    /// <summary>Answers the confirmation an irreversible step asks for, after checking it says <paramref name="what"/>.</summary>
    public static async Task ConfirmAsync(this IPage page, string what)
    {
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "请确认" });
        (await dialog.InnerTextAsync()).ShouldContain(what);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
    }

    /// <summary>On a case page: the step from the "advance the case" menu, whose dialog opens with the step chosen.</summary>
    public static async Task StartStepAsync(this IPage page, string step)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "推进案件" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = step, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "推进案件" }).WaitForAsync();
        (await page.GetByLabel("操作").EvaluateAsync<string>("s => s.options[s.selectedIndex].text")).ShouldBe(step);
    }

    /// <summary>
    /// Every rule runs; only violations come back with all their elements (passes and the rest with one element each,
    /// instead of every element of the page that passed every rule, carried from the browser to the test as JSON).
    /// </summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>axe-core (shipped inside the package, run in the page): no serious or critical violation.</summary>
    public static async Task ScanAsync(this IPage page)
    {
        var result = await page.RunAxe(ViolationsOnly);
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ShouldBeEmpty();
    }

    /// <summary>
    /// The English words in the page's own text (data such as user names, file names and code aside): what the Chinese
    /// UI must not show.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EnglishWordsAsync(this IPage page) =>
        await page.EvaluateAsync<string[]>(
            """
            () => {
              const data = new Set(['PDF', 'Word', 'Excel', 'English', 'API', 'USCC', 'yyyy', 'mm', 'dd']);
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const words = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!el || el.closest('script, style, [data-testid], [lang="en"], [translate="no"], .chart, code')) continue;
                if (getComputedStyle(el).display === 'none') continue;
                for (const w of n.textContent.match(/[A-Za-z][A-Za-z]+/g) || []) if (!data.has(w)) words.push(w);
              }
              return [...new Set(words)];
            }
            """);
}
