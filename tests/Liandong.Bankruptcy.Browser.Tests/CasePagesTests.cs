using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>The judge's case pages, used as a person would, each scanned by axe.</summary>
public sealed class CasePagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Faguan2026Mima";

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_judge_registers_a_case_accepts_it_sees_the_deadlines_and_declares_bankruptcy_and_only_the_appointed_firm_sees_it(int width)
    {
        var county = await host.CreateCountyAsync();
        var (judge, court) = await CreateUnitAsync(county, "测试县人民法院", "Court", CasesPermissions.Register, CasesPermissions.Advance);
        await host.Database.ExecuteAsOwnerAsync("UPDATE platform.memberships SET display_name = '王法官' WHERE user_id = @id", ("id", judge.UserId));
        var colleague = await host.CreateUnitUserAsync(county, court, null, CasesPermissions.View);
        await host.Database.ExecuteAsOwnerAsync("UPDATE platform.memberships SET display_name = '李法官' WHERE user_id = @id", ("id", colleague.UserId));
        var firmA = await CreateFirmAsync(county, "洛阳甲律师事务所");
        var firmB = await CreateFirmAsync(county, "洛阳乙会计师事务所");
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using var _ = context;
        var caseNumber = $"(2026){county.CourtCode}破申7号";
        using (var api = host.CreateClient(await host.CreateUserAsync(county, CasesPermissions.View, CasesPermissions.Register)))
        {
            // An open case of the county whose debtor has the credit code the judge is about to register again.
            (await api.PostAsJsonAsync("/api/cases", new
            {
                caseNumber = $"(2026){county.CourtCode}破申6号", procedure = "ApplicationReview",
                debtors = new[] { new { name = "洛阳某某机械有限公司", uscc = "91350100M000100Y43" } },
            }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }


        await page.SignInAsync(judge.UserName, Password);
        await page.Locator("h1", new() { HasTextString = "我的工作台" }).WaitForAsync(); // a judge's home page is the desk
        await page.ScanAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记案件" }).First.ClickAsync();
        await page.ScanAsync();
        (await page.GetByLabel("案号", new() { Exact = true }).GetAttributeAsync("placeholder"))!.ShouldContain(county.CourtCode); // the county's own court code
        (await page.GetByLabel("承办法官").Locator("option:checked").InnerTextAsync()).ShouldBe("王法官"); // the signed-in judge, a member of the court
        (await page.GetByLabel("合议庭成员").Locator("option").AllInnerTextsAsync()).ShouldBe(["李法官", "王法官"]); // picked from the court's members
        await page.GetByLabel("合议庭成员").SelectOptionAsync(new SelectOptionValue { Label = "李法官" });
        await page.GetByLabel("案号", new() { Exact = true }).FillAsync("(2026)豫破申7号");
        await page.GetByLabel("债务人名称").FillAsync("洛阳某某机械有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y43");
        await page.GetByRole(AriaRole.Button, new() { Name = "增加债务人" }).ClickAsync();
        await page.Locator("#debtor-name-1").FillAsync("洛阳某某机械销售有限公司"); // a consolidated case: a second debtor
        await page.Locator("#uscc-1").FillAsync("91350100M000100Y43");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).Locator("li").First.WaitForAsync(); // the court code is missing: refused, kept on the form
        await page.Locator("#case-number.is-invalid").WaitForAsync(); // the server's error beside its field
        (await page.Locator("#debtor-name-1").InputValueAsync()).ShouldBe("洛阳某某机械销售有限公司");
        await page.GetByLabel("案号", new() { Exact = true }).FillAsync(caseNumber);
        await page.GetByLabel("申请人", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "债权人" }); // a creditor's petition
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        // The debtor is already in an open case: the form says so, links it, and registers only once the judge confirms.
        (await page.Locator("form #same-debtor").GetByRole(AriaRole.Link).InnerTextAsync()).ShouldBe($"(2026){county.CourtCode}破申6号");
        (await page.GetByLabel("债务人名称").First.InputValueAsync()).ShouldBe("洛阳某某机械有限公司"); // nothing typed is lost
        await page.GetByLabel("我已核对，仍然登记新案件").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = caseNumber }).WaitForAsync();
        (await page.Locator("#case-state").InnerTextAsync()).ShouldBe("已登记");
        (await page.Locator("#same-debtor").GetByRole(AriaRole.Link).InnerTextAsync()).ShouldBe($"(2026){county.CourtCode}破申6号"); // warned, with a link
        await page.ScanAsync();

        await page.StartStepAsync("裁定受理破产清算申请"); // the next lawful steps open their form in a dialog
        await page.GetByLabel("文书编号").FillAsync(caseNumber);
        await page.GetByLabel("文书日期").FillAsync("2026-03-02");
        await page.GetByLabel("文书类型").FillAsync("受理裁定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.Locator("#case-state", new() { HasTextString = "已受理" }).WaitForAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "已保存" }).WaitForAsync(); // the toast
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "洛阳某某机械销售有限公司" }).CountAsync()).ShouldBe(1); // 概况: the debtors
        await page.GetByRole(AriaRole.Tab, new() { Name = "法定期限" }).ClickAsync();
        (await page.GetByRole(AriaRole.Row, new() { Name = "通知和公告" }).InnerTextAsync()).ShouldContain("2026-03-27");
        await page.ScanAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "确定债权申报期限…" }).ClickAsync();
        await page.GetByLabel("公告日期").FillAsync("2026-03-20");
        await page.GetByLabel("债权申报期限届满", new() { Exact = true }).FillAsync("2026-04-30");
        await page.Locator("form[aria-labelledby=claim-period] button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Row, new() { Name = "召开第一次债权人会议" }).WaitForAsync(); // back on the tab last used
        (await page.GetByRole(AriaRole.Row, new() { Name = "召开第一次债权人会议" }).InnerTextAsync()).ShouldContain("2026-05-15"); // 15 days after the claim deadline
        (await page.GetByRole(AriaRole.Row, new() { Name = "通知和公告" }).InnerTextAsync()).ShouldContain("已完成"); // setting the claim period meets the announcement

        await page.GetByRole(AriaRole.Button, new() { Name = "指定管理人…" }).ClickAsync();
        await page.GetByLabel("管理人", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "洛阳甲律师事务所" });
        await page.Locator("#decision-number").FillAsync("(2026)豫0000破7号");
        await page.Locator("#decision-date").FillAsync("2026-03-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "指定管理人", Exact = true }).ClickAsync();
        await page.Locator("#administrator", new() { HasTextString = "洛阳甲律师事务所" }).WaitForAsync();
        (await page.Locator("#applicant").InnerTextAsync()).ShouldBe("债权人");

        // Investors with less than a tenth of the capital may not turn the creditor's liquidation into a reorganization (art. 70(2)).
        await page.StartStepAsync("转入重整");
        await page.GetByLabel("文书编号").FillAsync(caseNumber);
        await page.GetByLabel("文书日期").FillAsync("2026-04-01");
        await page.GetByLabel("文书类型").FillAsync("重整裁定");
        await page.GetByLabel("转换程序的申请人").SelectOptionAsync(new SelectOptionValue { Label = "出资人" });
        await page.GetByLabel("出资人出资额（元）").FillAsync("99999.99");
        await page.GetByLabel("债务人注册资本（元）").FillAsync("1000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "十分之一" }).InnerTextAsync()).ShouldContain("第七十条第二款");
        (await page.Locator("#case-state").InnerTextAsync()).ShouldBe("已受理");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "推进案件" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync(); // the refused form came back open, as it was filled
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await page.StartStepAsync("宣告破产");
        await page.GetByLabel("文书编号").FillAsync(caseNumber);
        await page.GetByLabel("文书日期").FillAsync("2026-03-01"); // before the acceptance: the form says so before sending (the API refuses it too)
        await page.GetByLabel("文书类型").FillAsync("宣告破产裁定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        (await page.GetByLabel("文书日期").EvaluateAsync<string>("e => e.validationMessage")).ShouldContain("不能早于 2026-03-02");
        (await page.Locator("#case-state").InnerTextAsync()).ShouldBe("已受理");
        await page.GetByLabel("文书编号").FillAsync(caseNumber);
        await page.GetByLabel("文书日期").FillAsync("2026-04-15");
        await page.GetByLabel("文书类型").FillAsync("宣告破产裁定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.Locator("#case-state", new() { HasTextString = "已宣告破产" }).WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "办理经过" }).ClickAsync();
        (await page.GetByRole(AriaRole.Listitem).Filter(new() { HasTextString = "宣告破产裁定" }).InnerTextAsync()).ShouldContain("已受理 → 已宣告破产");
        (await page.GetByRole(AriaRole.Listitem).Filter(new() { HasTextString = "宣告破产裁定" }).InnerTextAsync()).ShouldContain("王法官（测试县人民法院） 录入"); // who took the step, with the unit
        (await page.GetByRole(AriaRole.Listitem).Filter(new() { HasTextString = "指定管理人决定书" }).InnerTextAsync()).ShouldContain("仍为已受理"); // a step that keeps the state says so
        await page.Locator("#step-chart .chart[data-drawn] svg").WaitForAsync(); // ECharts drew the steps, served by the host
        (await page.Locator("#step-chart table").InnerTextAsync()).ShouldContain("宣告破产");

        await page.NavigateAsync("破产案件");
        (await page.GetByRole(AriaRole.Row, new() { Name = caseNumber }).InnerTextAsync()).ShouldContain("已宣告破产");
        var caseUrl = await page.GetByRole(AriaRole.Link, new() { Name = caseNumber }).GetAttributeAsync("href");

        // The desk: the judge's case (the judge as the court's member, whatever the name) and its deadlines, past due by now.
        await page.NavigateAsync("我的工作台");
        (await page.GetByRole(AriaRole.Table, new() { Name = "我承办的案件", Exact = true }).InnerTextAsync()).ShouldContain(caseNumber);
        (await page.GetByRole(AriaRole.Row, new() { Name = "召开第一次债权人会议" }).InnerTextAsync()).ShouldContain("已逾期");
        await page.ScanAsync();
        offsite.ShouldBeEmpty();

        // The appointed firm sees the case; another firm of the same county sees no case at all.
        var (firmContext, firmPage, firmOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (firmContext)
        {
            await firmPage.SignInAsync(firmA.User.UserName, Password);
            await firmPage.NavigateAsync("破产案件");
            (await firmPage.GetByRole(AriaRole.Row, new() { Name = caseNumber }).InnerTextAsync()).ShouldContain("洛阳甲律师事务所");
            await firmPage.ScanAsync();
            firmOffsite.ShouldBeEmpty();
        }

        var (otherContext, otherPage, _) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (otherContext)
        {
            await otherPage.SignInAsync(firmB.User.UserName, Password);
            await otherPage.NavigateAsync("破产案件");
            await otherPage.Locator("h1", new() { HasTextString = "破产案件" }).WaitForAsync();
            (await otherPage.GetByRole(AriaRole.Row, new() { Name = caseNumber }).CountAsync()).ShouldBe(0);
            (await otherPage.GotoAsync(new Uri(host.BaseAddress, caseUrl).ToString()))!.Status.ShouldBe(404);
            (await otherPage.Locator("h1").InnerTextAsync()).ShouldContain("找不到页面"); // a page in words, not problem JSON
            (await otherPage.Locator("#correlation-id").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
            (await otherPage.GotoAsync(new Uri(host.BaseAddress, "/cases/register").ToString()))!.Status.ShouldBe(403);
            (await otherPage.Locator("h1").InnerTextAsync()).ShouldContain("没有权限");
            await otherPage.ScanAsync();
        }
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task An_administrator_records_three_claims_the_judge_convenes_two_creditors_vote_remotely_and_the_tally_shows_adoption_with_its_arithmetic(int width)
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        var judge = await host.CreateUserWithPasswordAsync(county, Password, CasesPermissions.View, CasesPermissions.Advance, CasesPermissions.Claims,
            CasesPermissions.ConfirmClaims, CasesPermissions.Meetings, CasesPermissions.Publish);
        var firm = await CreateFirmAsync(county, "洛阳丙律师事务所", CasesPermissions.Claims, CasesPermissions.ManageClaims);
        var caseNumber = $"(2026){county.CourtCode}破申9号";
        var caseId = await AcceptedCaseWithFirmAsync(county, caseNumber, firm.UnitId, ct);

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(firm.User.UserName, Password);
            await page.GotoAsync($"/cases/{caseId}");
            await page.GetByRole(AriaRole.Tab, new() { Name = "债权", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "债权表、债权人会议与信息公开" }).ClickAsync();
            foreach (var (creditor, amount) in new[] { ("甲公司", "300"), ("乙公司", "200"), ("丙公司", "400") })
            {
                await page.GetByLabel("债权人", new() { Exact = true }).FillAsync(creditor);
                await page.GetByLabel("本金").FillAsync(amount);
                await page.GetByLabel("申报日期").FillAsync("2026-04-01");
                await page.Locator("form[aria-labelledby=declare] button[type=submit]").ClickAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = creditor }).ClickAsync();
                // The claim's own review form: the creditors page has fields labelled 日期 too, which a fill could reach
                // before the claim page arrives (it did, under a loaded CI run, and the review went unsaved).
                var review = page.GetByRole(AriaRole.Form, new() { Name = "管理人审查" });
                await review.GetByLabel("日期", new() { Exact = true }).FillAsync("2026-04-30");
                await review.GetByRole(AriaRole.Button, new() { Name = "保存审查结论" }).ClickAsync(); // confirmed in full
                await page.Locator("#review", new() { HasTextString = "确认" }).WaitForAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "返回债权人与债权" }).ClickAsync();
            }

            (await page.GetByRole(AriaRole.Table, new() { Name = "债权表" }).Locator("tbody tr").CountAsync()).ShouldBe(3);
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }

        (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(width));
        await using (context)
        {
            await page.SignInAsync(judge.UserName, Password);
            await page.GotoAsync($"/cases/{caseId}/creditors");
            await page.GetByRole(AriaRole.Tab, new() { Name = "债权人会议" }).ClickAsync();
            await page.GetByLabel("通知日期").FillAsync("2026-04-25");
            await page.GetByLabel("会议日期").FillAsync("2026-05-05");
            await page.Locator("form[aria-labelledby=convene] button[type=submit]").ClickAsync(); // the first meeting (checked by default)
            await page.GetByRole(AriaRole.Link, new() { Name = "第 1 次债权人会议（2026-05-05）" }).ClickAsync();
            await page.GetByLabel("表决事项", new() { Exact = true }).FillAsync("通过债务人财产管理方案");
            await page.Locator("form[aria-labelledby=propose] button[type=submit]").ClickAsync();
            foreach (var (creditor, ballot, remote) in new[] { ("1. 甲公司", "同意", true), ("3. 丙公司", "同意", true), ("2. 乙公司", "不同意", false) })
            {
                var form = page.GetByRole(AriaRole.Form, new() { Name = "记录表决票 1" });
                await form.GetByLabel("债权人").SelectOptionAsync(new SelectOptionValue { Label = creditor });
                await form.GetByLabel("表决意见").SelectOptionAsync(new SelectOptionValue { Label = ballot });
                await form.GetByLabel("非现场表决").SetCheckedAsync(remote);
                await form.GetByRole(AriaRole.Button).ClickAsync();
                await page.GetByRole(AriaRole.Table, new() { Name = "表决票 1" }).Locator("tr", new() { HasTextString = creditor[3..] }).WaitForAsync();
            }

            // One row per creditor with its claim lines beneath (arts. 59, 64: a creditor is one head).
            var ballots = page.GetByRole(AriaRole.Table, new() { Name = "表决票 1" });
            (await ballots.Locator("tbody.creditor-head").CountAsync()).ShouldBe(3);
            (await ballots.Locator("tbody.creditor-head", new() { HasTextString = "丙公司" }).InnerTextAsync()).ShouldContain("第 3 号债权");

            await page.GetByRole(AriaRole.Form, new() { Name = "计票 1" }).GetByLabel("日期").FillAsync("2026-05-05");
            await page.GetByRole(AriaRole.Form, new() { Name = "计票 1" }).GetByRole(AriaRole.Button).ClickAsync();
            await page.Locator(".result", new() { HasTextString = "通过" }).WaitForAsync();
            var arithmetic = await page.GetByRole(AriaRole.Table, new() { Name = "计票 1" }).InnerTextAsync();
            arithmetic.ShouldContain("全体债权人：通过");
            arithmetic.ShouldContain("2 / 3");     // heads: 甲 丙 of the three attending (art. 64)
            arithmetic.ShouldContain("700 / 900"); // amounts: of all unsecured claims
            (await page.Locator("main").InnerTextAsync()).ShouldContain("告知非现场表决债权人期限 2026-05-08"); // Interpretation III art. 11
            await page.ScanAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "返回债权人与债权" }).ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "信息公开" }).ClickAsync();
            (await page.GetByRole(AriaRole.Table, new() { Name = "信息公开" }).InnerTextAsync()).ShouldContain("表决结果告知"); // a duty to tell the remote voters
            offsite.ShouldBeEmpty();
        }
    }

    /// <summary>A case of the county accepted and given to the firm, over the API by a judge.</summary>
    private async Task<Guid> AcceptedCaseWithFirmAsync(TestCounty county, string caseNumber, Guid firmId, CancellationToken ct)
    {
        using var api = host.CreateClient(await host.CreateUserAsync(county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
        var registered = await api.PostAsJsonAsync("/api/cases", new
        {
            caseNumber,
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某建材有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        var etag = registered.Headers.ETag!.Tag;
        foreach (var (url, body) in new (string, object)[]
        {
            ($"/api/cases/{caseId}/transitions", new { action = "AcceptLiquidation", ruling = new { number = caseNumber, date = "2026-03-02", kind = "受理裁定" } }),
            ($"/api/cases/{caseId}/administrator", new { firmId, decision = new { number = "(2026)豫0000破9号", date = "2026-03-03", kind = "指定管理人决定书" } }),
        })
        {
            using var request = new HttpRequestMessage(url.EndsWith("transitions", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Put, url) { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            var response = await api.SendAsync(request, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            etag = response.Headers.ETag!.Tag;
        }

        return caseId;
    }

    /// <summary>An administrator firm of the county (made by its administrator over the API) and a user of that firm.</summary>
    private Task<(TestUser User, Guid UnitId)> CreateFirmAsync(TestCounty county, string name, params string[] more) =>
        CreateUnitAsync(county, name, "AdministratorFirm", more);

    /// <summary>A unit of the county (a firm, the court …) and a user of it who may see cases and do <paramref name="more"/>.</summary>
    private async Task<(TestUser User, Guid UnitId)> CreateUnitAsync(TestCounty county, string name, string kind, params string[] more)
    {
        using var admin = host.CreateClient(await host.CreateUserAsync(county, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
        var response = await admin.PostAsJsonAsync("/api/platform/units", new { name, kind }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var unit = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        return (await host.CreateUnitUserAsync(county, unit, Password, [CasesPermissions.View, .. more]), unit);
    }
}
