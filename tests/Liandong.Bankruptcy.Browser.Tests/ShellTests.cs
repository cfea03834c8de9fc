using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>What a person sees in Chromium: Chinese first, English on request, nothing from the internet, no serious accessibility issue.</summary>
public sealed class ShellTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Guanliyuan2026";

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_home_page_opens_in_chinese_switches_to_english_and_loads_nothing_offsite(int width)
    {
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using var _ = context;

        var response = await page.GotoAsync("/");

        response!.Status.ShouldBe(200);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-Hans");
        (await page.TitleAsync()).ShouldContain("联动破产");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("工作台");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = "Home" }).WaitForAsync();
        await page.GotoAsync("/account/sign-in"); // the choice is remembered
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        offsite.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_api_reference_renders_the_units_api_without_the_internet()
    {
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress);
        await using var _ = context;

        await page.GotoAsync("/scalar/");

        // Generous: the reference builds the whole OpenAPI document on its first request, and its script is large, while
        // other test assemblies share the two cores (20 s was once not enough).
        await page.GetByRole(AriaRole.Heading, new() { Name = "联动破产 Liandong Bankruptcy API" }).WaitForAsync(new() { Timeout = 90_000 });
        await page.GetByText("Units", new() { Exact = true }).First.ClickAsync();
        await page.GetByText("/api/platform/units/{id}").First.WaitForAsync();
        offsite.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_county_administrator_creates_a_role_and_a_user_who_then_sees_exactly_what_the_role_allows(int width)
    {
        var county = await host.CreateCountyAsync("涧西测试区");
        var admin = await host.CreateUserWithPasswordAsync(county, Password,
            PlatformPermissions.UsersView, PlatformPermissions.UsersManage, PlatformPermissions.RolesView, PlatformPermissions.RolesManage,
            PlatformPermissions.AuditView);
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using var _ = context;
        var scanned = new List<string>();
        await page.GotoAsync("/account/sign-in");
        await page.ScanAsync();
        scanned.Add(page.Url);

        await page.SignInAsync(admin.UserName, Password);
        await page.ScanAsync();
        scanned.Add(page.Url);
        (await Navigation(page)).ShouldBe(["工作台", "用户", "角色与授权", "审计日志"]);

        await page.NavigateAsync("角色与授权");
        await page.ScanAsync();
        scanned.Add(page.Url);
        await page.GetByLabel("名称").FillAsync("档案查阅员");
        await page.GetByLabel("用户", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("审计日志", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "档案查阅员", Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑 档案查阅员" }).ClickAsync();
        await page.ScanAsync();
        scanned.Add(page.Url);

        await page.NavigateAsync("用户");
        await page.ScanAsync();
        scanned.Add(page.Url);
        var userName = "clerk" + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("姓名").FillAsync("档案员小王");
        await page.GetByLabel("初始密码").FillAsync("Dangan2026Mima");
        await page.GetByLabel("档案查阅员").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"编辑 {userName}", Exact = true }).WaitForAsync();

        await page.NavigateAsync("审计日志");
        await page.ScanAsync();
        scanned.Add(page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).WaitForAsync(); // the sign-in form, not a load event (once timed out in CI)
        page.Url.ShouldContain("/account/sign-in");

        await page.SignInAsync(userName, "Dangan2026Mima");
        (await Navigation(page)).ShouldBe(["工作台", "用户", "审计日志"]);
        (await page.GotoAsync("/platform/roles"))!.Status.ShouldBe(403);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = "Home" }).WaitForAsync();
        (await Navigation(page)).ShouldBe(["Home", "Users", "Audit trail"]);
        await page.ScanAsync();
        scanned.Add(page.Url);

        scanned.Count.ShouldBeGreaterThanOrEqualTo(7);
        offsite.ShouldBeEmpty();
    }

    private static async Task<IReadOnlyList<string>> Navigation(IPage page) =>
        [.. (await page.Locator("nav.main-nav a").AllInnerTextsAsync()).Select(t => t.Trim())];
}
