using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>The office consents to a judge's item; a tax officer works the unit inbox: signs for an item and completes it with an attachment. Each page scanned by axe.</summary>
public sealed class CoordinationPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Xietiao2026Mima";

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_office_consents_and_a_tax_officer_signs_for_and_completes_an_item_with_an_attachment(int width)
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
            CoordinationPermissions.Items, CoordinationPermissions.Oversee, CoordinationPermissions.Consent, CoordinationPermissions.Assessment, CasesPermissions.View);
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

        var (officeContext, officePage, officeOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (officeContext)
        {
            await officePage.SignInAsync(office.UserName, Password);
            await officePage.Locator("h1", new() { HasTextString = "联动事项总览" }).WaitForAsync(); // the office's home page
            await officePage.ScanAsync();
            (await officePage.GetByRole(AriaRole.Link, new() { Name = $"(2026){county.CourtCode}破申9号" }).First.GetAttributeAsync("href"))
                .ShouldBe($"/cases/{caseId}"); // the case number opens the case
            await officePage.GetByRole(AriaRole.Link, new() { Name = "协调解除对债务人车辆的查封" }).ClickAsync();
            (await officePage.Locator("#item-status").InnerTextAsync()).ShouldBe("待领导小组同意");
            await officePage.ScanAsync();
            await officePage.GetByLabel("意见", new() { Exact = true }).FillAsync("领导小组同意");
            await officePage.GetByRole(AriaRole.Button, new() { Name = "同意", Exact = true }).ClickAsync();
            await officePage.Locator("#item-status", new() { HasTextString = "待签收" }).WaitForAsync();
            officeOffsite.ShouldBeEmpty();
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(tax.UserName, Password);
            await page.Locator("h1", new() { HasTextString = "本单位待办" }).WaitForAsync(); // a unit officer's home page
            await page.GetByRole(AriaRole.Link, new() { Name = "协调解除对债务人车辆的查封" }).WaitForAsync(); // consented: it reached the unit
            (await page.Locator("nav.main-nav a", new() { HasTextString = "本单位待办" }).Locator(".count").InnerTextAsync()).ShouldStartWith("3"); // open items, in the navigation
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
            await page.ConfirmAsync("不能撤回"); // completing cannot be undone
            await page.Locator("#item-status", new() { HasTextString = "已办结" }).WaitForAsync();
            (await page.Locator("#item-result").InnerTextAsync()).ShouldContain("已申报税款 12.5 万元");
            await page.GetByRole(AriaRole.Link, new() { Name = "债权申报表.pdf" }).WaitForAsync();
            (await page.Locator("nav.main-nav a", new() { HasTextString = "本单位待办" }).Locator(".count").InnerTextAsync()).ShouldStartWith("2");
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }

        // The office's assessment draws the tax bureau's on-time rate beside its table.
        (officeContext, officePage, officeOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (officeContext)
        {
            await officePage.SignInAsync(office.UserName, Password);
            var rates = officePage.Locator("#on-time-by-unit table");
            await Eventually.HoldsAsync(async () =>
            {
                await officePage.GotoAsync("/coordination/assessment");
                return await rates.CountAsync() == 1 && (await rates.InnerTextAsync()).Contains("税务局", StringComparison.Ordinal);
            });
            (await rates.Locator("tr", new() { HasTextString = "税务局" }).Locator("td").InnerTextAsync()).ShouldBe("0%"); // the template's item was due long before
            await officePage.Locator("#on-time-by-unit .chart[data-drawn] svg").WaitForAsync();
            await officePage.Locator("#on-time-trend .chart[data-drawn] svg").WaitForAsync();
            await officePage.ScanAsync();
            officeOffsite.ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task The_office_records_a_memo_whose_items_appear_in_the_units_inboxes(int width)
    {
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

        var office = await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"].Id, Password,
            CoordinationPermissions.Items, CoordinationPermissions.Oversee, CoordinationPermissions.Meetings, CoordinationPermissions.ManageMeetings,
            CoordinationPermissions.Assessment);
        var tax = await host.CreateUnitUserAsync(county, units["Tax"].Id, Password, CoordinationPermissions.Items, CoordinationPermissions.Work, CoordinationPermissions.Meetings);
        var market = await host.CreateUnitUserAsync(county, units["MarketRegulation"].Id, Password, CoordinationPermissions.Items, CoordinationPermissions.Work);

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(office.UserName, Password);
            await page.NavigateAsync("协调会议");
            await page.ScanAsync();
            await page.GetByLabel("议题").FillAsync("某某公司破产案专题协调会");
            await page.GetByLabel("会议日期").FillAsync("2026-06-10");
            await page.GetByLabel(units["Tax"].Name, new() { Exact = true }).CheckAsync();
            await page.GetByLabel(units["MarketRegulation"].Name, new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "安排会议" }).ClickAsync();
            await page.Locator("h1", new() { HasTextString = "某某公司破产案专题协调会" }).WaitForAsync();
            (await page.Locator("#meeting-status").InnerTextAsync()).ShouldBe("待记录备忘");
            await page.ScanAsync();

            await page.GetByLabel("会议备忘", new() { Exact = true }).FillAsync("会议议定：税务部门出具清税证明，市场监管部门办理注销登记。");
            await page.GetByLabel("第 1 项议定事项").FillAsync("出具清税证明");
            await page.GetByLabel("第 1 项责任单位").SelectOptionAsync(new SelectOptionValue { Label = units["Tax"].Name });
            await page.GetByLabel("第 2 项议定事项").FillAsync("办理企业注销登记");
            await page.GetByLabel("第 2 项责任单位").SelectOptionAsync(new SelectOptionValue { Label = units["MarketRegulation"].Name });
            await page.GetByLabel("第 2 项期限单位").SelectOptionAsync(new SelectOptionValue { Label = "日" });
            await page.GetByRole(AriaRole.Button, new() { Name = "记录会议备忘" }).ClickAsync();
            await page.Locator("#meeting-status", new() { HasTextString = "事项办理中" }).WaitForAsync();
            var memo = await page.GetByRole(AriaRole.Table, new() { Name = "会议备忘" }).InnerTextAsync();
            memo.ShouldContain("出具清税证明");
            memo.ShouldContain(units["MarketRegulation"].Name);
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }

        foreach (var (officer, title) in new[] { (tax, "出具清税证明"), (market, "办理企业注销登记") })
        {
            var (unitContext, unitPage, unitOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
            await using (unitContext)
            {
                await unitPage.SignInAsync(officer.UserName, Password);
                await unitPage.GotoAsync("/coordination/inbox");
                await unitPage.GetByRole(AriaRole.Link, new() { Name = title }).WaitForAsync(); // reached the unit at once: no consent to wait for
                (await unitPage.GetByRole(AriaRole.Link, new() { Name = title == "出具清税证明" ? "办理企业注销登记" : "出具清税证明" }).CountAsync()).ShouldBe(0);
                await unitPage.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
                (await unitPage.Locator("main").InnerTextAsync()).ShouldContain("某某公司破产案专题协调会（2026-06-10）会议备忘第");
                await unitPage.ScanAsync();
                unitOffsite.ShouldBeEmpty();
            }
        }
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_judge_hands_a_lead_and_the_office_records_a_risk_and_an_accountability_through_the_pages(int width)
    {
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

        var judge = await host.CreateUnitUserAsync(county, units["Court"].Id, Password, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance,
            CoordinationPermissions.Items, CoordinationPermissions.Leads, CoordinationPermissions.HandLeads);
        var office = await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"].Id, Password, CoordinationPermissions.Items,
            CoordinationPermissions.Risks, CoordinationPermissions.ManageRisks, CoordinationPermissions.Assessment, CoordinationPermissions.RecordAssessment);
        var caseNumber = $"(2026){county.CourtCode}破申11号";
        using (var api = host.CreateClient(judge))
        {
            var registered = await api.PostAsJsonAsync("/api/cases", new
            {
                caseNumber, procedure = "ApplicationReview", debtors = new[] { new { name = "洛阳某某置业有限公司", uscc = "91350100M000100Y43" } },
            }, ct);
            var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
            using var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/transitions")
            {
                Content = JsonContent.Create(new { action = "AcceptLiquidation", ruling = new { number = caseNumber, date = "2026-03-02", kind = "受理裁定" } }),
            };
            accept.Headers.IfMatch.Add(new EntityTagHeaderValue(registered.Headers.ETag!.Tag));
            (await api.SendAsync(accept, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(async () => (await api.GetFromJsonAsync<JsonElement>($"/api/coordination/items?caseId={caseId}", ct)).GetProperty("items").GetArrayLength() > 0);
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(judge.UserName, Password);
            await page.GotoAsync("/coordination/leads");
            await page.GetByLabel("依据").SelectOptionAsync(new SelectOptionValue { Label = "刑法第一百六十二条之二（虚假破产）" });
            await page.GetByLabel("线索事实").FillAsync("受理前一年内无偿转让设备。");
            await page.GetByRole(AriaRole.Button, new() { Name = "移送线索" }).ClickAsync();
            var leads = await page.GetByRole(AriaRole.Table, new() { Name = "打击逃废债线索" }).InnerTextAsync();
            leads.ShouldContain(caseNumber);
            leads.ShouldContain(units["PublicSecurity"].Name);
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }

        (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(office.UserName, Password);
            await page.GotoAsync("/coordination/risks");
            await page.GetByLabel("风险类型").SelectOptionAsync(new SelectOptionValue { Label = "问题楼盘（保交楼）" });
            await page.GetByLabel("风险事项").FillAsync("某某花园项目停工");
            await page.GetByLabel("风险等级").SelectOptionAsync(new SelectOptionValue { Label = "重大" });
            await page.GetByLabel("责任人", new() { Exact = true }).FillAsync("李某");
            await page.GetByLabel("购房户数").FillAsync("860");
            await page.GetByLabel("涉及案件").SelectOptionAsync(new SelectOptionValue { Label = caseNumber });
            await page.GetByRole(AriaRole.Button, new() { Name = "登记重大风险" }).ClickAsync();
            var register = await page.GetByRole(AriaRole.Table, new() { Name = "重大风险台账" }).InnerTextAsync();
            register.ShouldContain("涉及购房户 860 户");
            register.ShouldContain(caseNumber);
            await page.ScanAsync();

            await page.GotoAsync("/coordination/assessment");
            await page.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Label = units["Tax"].Name });
            await page.GetByLabel("类型").SelectOptionAsync(new SelectOptionValue { Label = "问责" });
            await page.GetByLabel("事由").FillAsync("逾期未申报税收债权");
            await page.GetByLabel("决定日期").FillAsync("2026-07-05");
            await page.GetByRole(AriaRole.Button, new() { Name = "记录表扬或问责" }).ClickAsync();
            (await page.GetByRole(AriaRole.List, new() { Name = "表扬与问责" }).InnerTextAsync()).ShouldContain("问责 " + units["Tax"].Name + "：逾期未申报税收债权");
            (await page.Locator("#figures").InnerTextAsync()).ShouldContain(units["Tax"].Name);
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }
    }
}
