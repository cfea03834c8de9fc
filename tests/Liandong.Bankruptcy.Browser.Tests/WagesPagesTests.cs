using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Contracts;
using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// The administrator imports the employee list from a spreadsheet (a bad row named, nothing imported) and publishes
/// it; the HRSS officer goes from the verification item in the unit's inbox to the list, corrects one employee,
/// confirms the rest, and finds the item completed.
/// </summary>
public sealed class WagesPagesTests(LiandongHostFixture host, BrowserFixture browser)
{
    private const string Password = "Zhigong2026Mima";

    private static async Task<FilePayload> SheetAsync(params (string Name, string IdNumber, decimal Wages)[] employees)
    {
        IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> rows = [.. employees.Select(e => (IReadOnlyList<KeyValuePair<string, object?>>)
        [
            new("姓名", e.Name), new("身份证号", e.IdNumber), new("职务", "工人"), new("董监高", "否"), new("欠薪月数", 6), new("拖欠工资", e.Wages),
        ])];
        var sheet = await Spreadsheets.XlsxAsync(rows, "职工.xlsx", CancellationToken.None);
        return new FilePayload { Name = "职工债权清单.xlsx", MimeType = Spreadsheets.ContentType, Buffer = sheet.FileContents.ToArray() };
    }

    [Fact]
    public async Task The_administrator_imports_and_publishes_and_hrss_verifies_from_the_inbox()
    {
        var ct = TestContext.Current.CancellationToken;
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await host.UnitsByKindAsync(county, ct);
        using var judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items));
        var administrator = await host.CreateUserWithPasswordAsync(county, Password, WagesPermissions.View, WagesPermissions.Administer);
        var hrss = await host.CreateUnitUserAsync(county, units["HumanResourcesSocialSecurity"], Password,
            CoordinationPermissions.Items, CoordinationPermissions.Work, WagesPermissions.View, WagesPermissions.Verify);

        var registered = await judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申51号", procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某纺织有限公司", uscc = "91350100M000100Y43" } },
        }, ct);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using (var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/transitions")
        {
            Content = JsonContent.Create(new { action = "AcceptLiquidation", ruling = new { number = "(2026)受理", date = "2026-03-10", kind = "受理裁定" } }),
        })
        {
            accept.Headers.IfMatch.Add(new EntityTagHeaderValue(registered.Headers.ETag!.Tag));
            (await judge.SendAsync(accept, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (context)
        {
            await page.SignInAsync(administrator.UserName, Password);
            await page.GotoAsync($"/wages/cases/{caseId}");
            await page.ScanAsync();

            // Row 3 has a wrong check digit: the page names it and nothing is imported.
            await page.GetByLabel("电子表格").SetInputFilesAsync(await SheetAsync(("张三", "11010519491231002X", 36_000m), ("王五", "110105194912310039", 12_000m)));
            await page.GetByRole(AriaRole.Button, new() { Name = "导入职工债权清单" }).ClickAsync();
            await page.Locator("[role=alert]", new() { HasTextString = "第 3 行" }).WaitForAsync();
            (await page.Locator("#total-employees").InnerTextAsync()).ShouldBe("0");

            await page.GetByLabel("电子表格").SetInputFilesAsync(await SheetAsync(("张三", "11010519491231002X", 36_000m), ("王五", "110105194912310038", 12_000m)));
            await page.GetByRole(AriaRole.Button, new() { Name = "导入职工债权清单" }).ClickAsync();
            await page.Locator("#employees tr[data-number='2']").WaitForAsync();
            (await page.Locator("#total-class-one").InnerTextAsync()).ShouldBe("48,000.00");
            var shown = await page.Locator("#employees").InnerTextAsync();
            (shown.Contains("110***********0038", StringComparison.Ordinal), shown.Contains("110105194912310038", StringComparison.Ordinal)).ShouldBe((true, false)); // masked

            await page.GetByLabel("公示日期").FillAsync("2026-04-01");
            await page.GetByLabel("异议期（日）").FillAsync("15");
            await page.GetByRole(AriaRole.Button, new() { Name = "公示清单" }).ClickAsync();
            (await page.Locator("#published-on").InnerTextAsync()).ShouldContain("2026-04-16");
            await page.ScanAsync();
            offsite.ShouldBeEmpty();
        }

        var (hrssContext, hrssPage, hrssOffsite) = await browser.OpenAsync(host.BaseAddress, viewport: BrowserFixture.Screen(1366));
        await using (hrssContext)
        {
            await hrssPage.SignInAsync(hrss.UserName, Password);
            var verification = hrssPage.GetByRole(AriaRole.Link, new() { Name = "核实职工欠薪及社会保险欠费" });
            await Eventually.HoldsAsync(async () =>
            {
                await hrssPage.GotoAsync("/coordination/inbox");
                return await verification.CountAsync() == 1;
            });
            await verification.ClickAsync();
            await hrssPage.Locator("#item-status").WaitForAsync();
            var itemPage = hrssPage.Url;
            await hrssPage.Locator("#work-page").ClickAsync(); // the work is done on the case's wages page
            await hrssPage.Locator("#employees").WaitForAsync();

            // 王五 (number 2) was owed seven months, 14,000.
            await hrssPage.Locator("#correct-number").FillAsync("2");
            await hrssPage.Locator("#correction\\.Corrected-months").FillAsync("7");
            await hrssPage.Locator("#correction\\.Corrected-wages").FillAsync("14000");
            await hrssPage.Locator("#correct-note").FillAsync("社保缴费记录显示欠薪七个月");
            await hrssPage.Locator("#correct-on").FillAsync("2026-04-03");
            await hrssPage.GetByRole(AriaRole.Button, new() { Name = "更正职工金额" }).ClickAsync();
            await hrssPage.Locator("#employees tr[data-number='2']", new() { HasTextString = "已更正" }).WaitForAsync();
            (await hrssPage.Locator("#total-class-one").InnerTextAsync()).ShouldBe("50,000.00");

            await hrssPage.Locator("#confirm-on").FillAsync("2026-04-03");
            await hrssPage.GetByRole(AriaRole.Button, new() { Name = "人社部门核实：其余职工确认无误" }).ClickAsync();
            await hrssPage.Locator("#hrss-verified", new() { HasTextString = "2026-04-03 核实完毕" }).WaitForAsync();
            await hrssPage.ScanAsync();

            await Eventually.HoldsAsync(async () =>
            {
                await hrssPage.GotoAsync(itemPage);
                return await hrssPage.Locator("#item-status").InnerTextAsync() == "已办结";
            });
            (await hrssPage.Locator("#item-result").InnerTextAsync()).ShouldContain("其中更正 1 人");
            hrssOffsite.ShouldBeEmpty();
        }
    }
}
