using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>The county and host administration pages, used as a person would, each scanned by axe.</summary>
public sealed class AdministrationPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Guanliyuan2026";

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_host_administrator_creates_and_deactivates_a_county(int width)
    {
        var hostAdmin = await host.CreateUserWithPasswordAsync(null, Password,
            PlatformPermissions.CountiesView, PlatformPermissions.CountiesManage, PlatformPermissions.MessagesManage);
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using var _ = context;
        var code = "96" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await page.SignInAsync(hostAdmin.UserName, Password);
        await page.NavigateAsync("县区管理");
        await page.ScanAsync();
        await page.GetByLabel("区划代码").FillAsync(code);
        await page.GetByLabel("名称").FillAsync($"浏览器测试县{code}");
        await page.GetByLabel("法院代字").FillAsync("豫9601");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = code, Exact = true }).WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"停用 浏览器测试县{code}" }).ClickAsync();
        await page.ConfirmAsync("停用“浏览器测试县"); // deactivating a county asks first, naming it
        await page.GetByRole(AriaRole.Button, new() { Name = $"启用 浏览器测试县{code}" }).WaitForAsync();
        await page.ScanAsync();
        await page.NavigateAsync("死信消息");
        await page.Locator("h1", new() { HasTextString = "死信消息" }).WaitForAsync();
        await page.ScanAsync();
        offsite.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_user_who_may_only_read_the_administration_pages_sees_no_form_they_would_be_refused()
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var reader = await host.CreateUserWithPasswordAsync(county, Password,
            PlatformPermissions.UnitsView, PlatformPermissions.UsersView, PlatformPermissions.RolesView, PlatformPermissions.CalendarView);
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress);
        await using var _ = context;

        await page.SignInAsync(reader.UserName, Password);
        foreach (var url in new[] { "/platform/units", "/platform/users", "/platform/roles", "/platform/calendar" })
        {
            await page.GotoAsync(url);
            (await page.Locator("main table").CountAsync()).ShouldBeGreaterThan(0, url); // the page reads as before
            (await page.Locator("main form[method=post]").CountAsync()).ShouldBe(0, url);
            await page.ScanAsync();
        }

        // An edit page shows what is set, read-only, with nothing to save.
        foreach (var list in new[] { "/platform/units", "/platform/users", "/platform/roles" })
        {
            await page.GotoAsync(list);
            await page.Locator("main table tbody tr a").First.ClickAsync();
            await page.Locator("main fieldset[disabled]").First.WaitForAsync();
            (await page.Locator("main button[type=submit]").CountAsync()).ShouldBe(0, list);
        }

        offsite.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_county_administrator_keeps_units_the_holiday_calendar_and_members(int width)
    {
        var county = await host.CreateCountyAsync();
        var admin = await host.CreateUserWithPasswordAsync(county, Password,
            PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage, PlatformPermissions.CalendarView, PlatformPermissions.CalendarManage,
            PlatformPermissions.UsersView, PlatformPermissions.UsersManage, PlatformPermissions.AuditView);
        var member = await host.CreateUserAsync(county, PlatformPermissions.UnitsView);
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using var _ = context;

        await page.SignInAsync(admin.UserName, Password);
        await page.NavigateAsync("成员单位");
        await page.GetByLabel("名称").FillAsync("河南某某律师事务所");
        await page.GetByLabel("一把手（负责人）").FillAsync("李主任");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "河南某某律师事务所" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = "河南某某律师事务所" }).InnerTextAsync()).ShouldContain("破产管理人"); // the kind in words, not the enum
        await page.ScanAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑 河南某某律师事务所" }).ClickAsync();
        await page.ScanAsync();
        await page.GetByLabel("一把手（负责人）").FillAsync("王主任");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = "河南某某律师事务所" }).InnerTextAsync()).ShouldContain("王主任");

        await page.NavigateAsync("节假日日历");
        await page.GetByLabel("年份").FillAsync("2030");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("2030")); // the year's page, not the one being left
        await page.GetByLabel("日期").FillAsync("2030-04-08");
        await page.GetByLabel("说明").FillAsync("地方纪念日");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "地方纪念日" }).WaitForAsync();
        await page.ScanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "删除 2030-04-08" }).ClickAsync();
        await page.ConfirmAsync("2030-04-08"); // the deadlines counted over that day move: it asks first
        await page.GetByRole(AriaRole.Cell, new() { Name = "地方纪念日" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await page.NavigateAsync("用户");
        await page.GetByRole(AriaRole.Link, new() { Name = $"编辑 {member.UserName}" }).ClickAsync();
        await page.ScanAsync();
        await page.GetByLabel("单位").SelectOptionAsync(new SelectOptionValue { Label = "河南某某律师事务所" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"停用 {member.UserName}" }).ClickAsync();
        await page.ConfirmAsync("不能再登录"); // deactivating a user asks first
        await page.GetByRole(AriaRole.Button, new() { Name = $"恢复 {member.UserName}" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = member.UserName }).InnerTextAsync()).ShouldContain("河南某某律师事务所"); // the list shows each user's unit
        await page.ScanAsync();

        // A new user is created with their unit (an officer without one could work no item).
        var newName = $"firm-officer-{Guid.NewGuid():N}"[..24];
        await page.GetByLabel("用户名").FillAsync(newName);
        await page.GetByLabel("姓名").FillAsync("周律师");
        await page.GetByLabel("初始密码").FillAsync(Password);
        await page.GetByLabel("所在单位").SelectOptionAsync(new SelectOptionValue { Label = "河南某某律师事务所" });
        await page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = newName }).InnerTextAsync()).ShouldContain("河南某某律师事务所");

        // The audit log says what was done, to what, in words; filtered by action, exported.
        await page.NavigateAsync("审计日志");
        (await page.Locator("#audit-log tbody").InnerTextAsync()).ShouldContain("修改成员单位");
        await page.GetByLabel("操作").SelectOptionAsync(new SelectOptionValue { Label = "新建用户" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("action=CreateUser"));
        var rows = await page.Locator("#audit-log tbody tr").AllInnerTextsAsync();
        rows.Count.ShouldBe(1);
        rows[0].ShouldContain("新建用户");
        rows[0].ShouldContain("周律师"); // the user it created, by name
        rows[0].ShouldContain("成功");
        await page.ScanAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        using var client = host.CreateClient(member);
        (await client.GetAsync("/api/platform/units", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        offsite.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task An_officer_serving_two_counties_switches_county_in_the_header_and_sees_the_other_countys_units(int width)
    {
        var home = await host.CreateCountyAsync("切换甲县");
        var other = await host.CreateCountyAsync("切换乙县");
        var officer = await host.CreateUserWithPasswordAsync(home, Password, PlatformPermissions.UnitsView);
        await host.AddMembershipAsync(officer, other, PlatformPermissions.UnitsView);
        using (var otherAdmin = host.CreateClient(await host.CreateUserAsync(other, PlatformPermissions.UnitsManage)))
        {
            (await otherAdmin.PostAsync("/api/platform/units", System.Net.Http.Json.JsonContent.Create(new { name = "乙县不动产登记中心", kind = "NaturalResources" }),
                TestContext.Current.CancellationToken)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using var _ = context;
        await page.SignInAsync(officer.UserName, Password);
        (await page.GetByTestId("county").InnerTextAsync()).ShouldBe("切换甲县");
        await page.NavigateAsync("成员单位");
        (await page.GetByRole(AriaRole.Cell, new() { Name = "乙县不动产登记中心" }).CountAsync()).ShouldBe(0);

        await page.GetByLabel("切换县区").SelectOptionAsync(new SelectOptionValue { Label = "切换乙县" });
        await page.GetByRole(AriaRole.Button, new() { Name = "切换县区" }).ClickAsync();
        await page.GetByTestId("county").Filter(new() { HasTextString = "切换乙县" }).WaitForAsync();
        await page.NavigateAsync("成员单位");
        await page.GetByRole(AriaRole.Cell, new() { Name = "乙县不动产登记中心" }).WaitForAsync();
        await page.ScanAsync();
        offsite.ShouldBeEmpty();
    }
}
