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
        var officeUnitName = "";
        using (var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView)))
        {
            foreach (var unit in (await admin.GetFromJsonAsync<JsonElement>("/api/platform/units?limit=200", ct)).GetProperty("items").EnumerateArray())
            {
                units.TryAdd(unit.GetProperty("kind").GetString()!, unit.GetProperty("id").GetGuid());
                officeUnitName = unit.GetProperty("kind").GetString() == "LeadershipGroupOffice" ? unit.GetProperty("name").GetString()! : officeUnitName;
            }
        }

        var tax = await host.CreateUnitUserAsync(county, units["Tax"], Password, CoordinationPermissions.Items, CoordinationPermissions.Work, CoordinationPermissions.Raise);
        var office = await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"], Password,
            CoordinationPermissions.Items, CoordinationPermissions.Oversee, CoordinationPermissions.Consent, CoordinationPermissions.Assessment, CasesPermissions.View);
        var judgeUser = await host.CreateUnitUserAsync(county, units["Court"], Password,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items, CoordinationPermissions.Raise);
        using var judge = host.CreateClient(judgeUser);
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

        // The judge sees the item they raised on the case page while it waits for the leadership group's consent.
        var (judgeContext, judgePage, judgeOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (judgeContext)
        {
            await judgePage.SignInAsync(judgeUser.UserName, Password);
            await judgePage.GotoAsync($"/cases/{caseId}");
            await judgePage.GetByRole(AriaRole.Tab, new() { Name = "府院联动事项" }).ClickAsync();
            var pending = judgePage.Locator("#coordination-items + table tr", new() { HasTextString = "协调解除对债务人车辆的查封" });
            (await pending.InnerTextAsync()).ShouldContain("待领导小组同意");
            (await pending.InnerTextAsync()).ShouldContain("91350100M000100Y43");
            judgeOffsite.ShouldBeEmpty();
        }

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
            var row = page.Locator("table.items tr", new() { HasTextString = "协调解除对债务人车辆的查封" });
            (await row.Locator("td.debtor").InnerTextAsync()).ShouldStartWith("洛阳某某有限公司"); // which company the item concerns
            (await row.Locator("td.debtor .uscc").InnerTextAsync()).ShouldBe("91350100M000100Y43");
            await row.GetByRole(AriaRole.Link, new() { Name = "协调解除对债务人车辆的查封" }).ClickAsync();
            (await page.Locator("#item-debtor").InnerTextAsync()).ShouldBe("洛阳某某有限公司（统一社会信用代码 91350100M000100Y43）");
            (await page.Locator("#item-source").InnerTextAsync()).ShouldBe("法院提出（非常规，须领导小组同意）");
            var consented = page.Locator("#history + ol li", new() { HasTextString = "→ 待签收" });
            (await consented.InnerTextAsync()).ShouldContain($"（{officeUnitName}）"); // who acted: the officer and their unit
            await page.GotoAsync("/coordination/inbox");
            (await page.Locator("nav.main-nav a", new() { HasTextString = "本单位待办" }).Locator(".count").InnerTextAsync()).ShouldStartWith("3"); // open items, in the navigation
            await page.GetByRole(AriaRole.Link, new() { Name = "申报税收及社会保险费债权" }).ClickAsync();
            await page.ScanAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
            await page.Locator("#item-status", new() { HasTextString = "已签收" }).WaitForAsync();

            await page.GetByLabel("办理结果").FillAsync("已申报税款 12.5 万元");
            await page.GetByLabel("附件（PDF").SetInputFilesAsync(new FilePayload { Name = "申报表.exe", MimeType = "application/octet-stream", Buffer = "MZ"u8.ToArray() });
            await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
            await page.ConfirmAsync("不能撤回");
            await page.Locator("#attachment-again").WaitForAsync(); // refused: the file is named, what was typed stays
            (await page.Locator("#attachment-again").InnerTextAsync()).ShouldContain("申报表.exe");
            (await page.GetByLabel("办理结果").InputValueAsync()).ShouldBe("已申报税款 12.5 万元");
            (await page.Locator("#item-status").InnerTextAsync()).ShouldBe("已签收");
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
        var caseNumber = $"(2026){county.CourtCode}破申12号";
        using (var judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"].Id, null, CasesPermissions.View, CasesPermissions.Register)))
        {
            (await judge.PostAsJsonAsync("/api/cases", new
            {
                caseNumber, procedure = "ApplicationReview", debtors = new[] { new { name = "洛阳某某机械有限公司", uscc = "91350100M000100Y43" } },
            }, ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(office.UserName, Password);
            await page.NavigateAsync("协调会议");
            await page.ScanAsync();
            await Eventually.HoldsAsync(async () =>
            {
                await page.ReloadAsync(); // the case reaches Coordination's projection from Cases' event
                return await page.Locator("#meeting-cases option", new() { HasTextString = caseNumber }).CountAsync() == 1;
            });
            await page.GetByLabel("议题").FillAsync("某某公司破产案专题协调会");
            await page.GetByLabel("会议日期").FillAsync("2026-06-10");
            await page.GetByLabel(units["Tax"].Name, new() { Exact = true }).CheckAsync();
            await page.GetByLabel(units["MarketRegulation"].Name, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("涉及案件").SelectOptionAsync(new SelectOptionValue { Label = caseNumber });
            await page.GetByRole(AriaRole.Button, new() { Name = "安排会议" }).ClickAsync();
            await page.Locator("h1", new() { HasTextString = "某某公司破产案专题协调会" }).WaitForAsync();
            (await page.Locator("#meeting-status").InnerTextAsync()).ShouldBe("待记录备忘");
            await page.ScanAsync();

            await page.GetByLabel("会议备忘", new() { Exact = true }).FillAsync("会议议定：税务部门出具清税证明，市场监管部门办理注销登记。");
            // The decision's unit is chosen from those at the meeting (none is preselected); its case is the meeting's.
            (await page.GetByLabel("第 1 项责任单位").InputValueAsync()).ShouldBeEmpty();
            (await page.GetByLabel("第 1 项责任单位").Locator("optgroup").First.Locator("option").AllInnerTextsAsync())
                .ShouldBe(new[] { units["MarketRegulation"].Name, units["Tax"].Name }, ignoreOrder: true);
            (await page.GetByLabel("第 1 项所涉案件").Locator("option:checked").InnerTextAsync()).ShouldBe(caseNumber);
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

            // The memo as the office files it (GB/T 9704): numbered under the county's code, to the units at the meeting.
            await page.Locator("#print-memo").ClickAsync();
            await page.Locator("#official-memo").WaitForAsync();
            (await page.Locator("#memo-number").InnerTextAsync()).ShouldMatch(@"^府院联纪〔\d{4}〕\d+号$");
            (await page.Locator("#official-memo .gov-title").InnerTextAsync()).ShouldBe("某某公司破产案专题协调会纪要");
            var recipients = await page.Locator("#memo-recipients").InnerTextAsync();
            recipients.ShouldContain(units["Tax"].Name);
            recipients.ShouldContain(units["MarketRegulation"].Name);
            (await page.Locator("#memo-copy").InnerTextAsync()).ShouldStartWith("抄送：领导小组组长、副组长");
            (await page.Locator("#memo-printed").InnerTextAsync()).ShouldEndWith("印发");
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
                (await unitPage.Locator("#item-source").InnerTextAsync()).ShouldBe("会议决定事项");
                (await unitPage.Locator("#item-debtor").InnerTextAsync()).ShouldStartWith("洛阳某某机械有限公司"); // the meeting's case

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

    [Fact]
    public async Task A_unit_with_many_items_reads_its_inbox_twenty_at_a_time_on_a_phone()
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

        var tax = await host.CreateUnitUserAsync(county, units["Tax"], Password, CoordinationPermissions.Items, CoordinationPermissions.Work);
        using (var office = host.CreateClient(await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"], null,
                   CoordinationPermissions.Items, CoordinationPermissions.Meetings, CoordinationPermissions.ManageMeetings)))
        {
            var scheduled = await office.PostAsJsonAsync("/api/coordination/meetings", new
            {
                kind = "LeadershipGroup", topic = "半年度领导小组会议", heldOn = "2026-06-10", unitIds = new[] { units["Tax"] },
            }, ct);
            scheduled.StatusCode.ShouldBe(HttpStatusCode.Created);
            using var memo = new HttpRequestMessage(HttpMethod.Put, $"/api/coordination/meetings/{(await scheduled.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid()}/memo")
            {
                Content = JsonContent.Create(new
                {
                    memo = "会议议定二十五项清税事项。",
                    decisions = Enumerable.Range(1, 25).Select(n => new { text = $"清税事项{n:D2}", unitId = units["Tax"], dueLength = n, dueUnit = "WorkingDays" }).ToArray(),
                }),
            };
            memo.Headers.IfMatch.Add(scheduled.Headers.ETag!);
            (await office.SendAsync(memo, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(390));
        await using (context)
        {
            await page.SignInAsync(tax.UserName, Password);
            await page.GotoAsync("/coordination/inbox");
            var rows = page.Locator("table.items tbody tr");
            (await rows.CountAsync()).ShouldBe(20); // a page, not all 25 on one long screen
            (await rows.First.InnerTextAsync()).ShouldContain("清税事项01"); // the earliest due first (working days: no two fall due on the same day)
            await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "第一页" }).WaitForAsync();
            (await rows.CountAsync()).ShouldBe(5);
            (await rows.Last.InnerTextAsync()).ShouldContain("清税事项25");
            (await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).CountAsync()).ShouldBe(0);
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }
    }
}
