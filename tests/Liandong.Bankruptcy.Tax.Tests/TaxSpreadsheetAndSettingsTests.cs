using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Domain;

namespace Liandong.Bankruptcy.Tax.Tests;

/// <summary>The bureau's ledger as a spreadsheet; the county's classes for social-insurance fees; credit repair's precondition.</summary>
public sealed class TaxSpreadsheetAndSettingsTests(LiandongHostFixture host) : IAsyncLifetime
{
    private TaxCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await TaxCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<byte[]> SheetAsync(params object?[][] rows)
    {
        var headers = new[] { "类别", "税种或险种", "所属期起", "所属期止", "缴款期限", "欠缴金额", "个人账户部分", "罚款金额", "处罚决定书文号" };
        var sheet = rows.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)[.. headers.Select((h, i) => new KeyValuePair<string, object?>(h, r[i]))]).ToList();
        return (await Spreadsheets.XlsxAsync(sheet, "申报.xlsx", TestContext.Current.CancellationToken)).FileContents.ToArray();
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid caseId, byte[] file, string declaredOn = "2026-04-01")
    {
        var (_, etag) = await _county.FileAsync(_county.Tax, caseId);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(declaredOn), "declaredOn" },
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue(Spreadsheets.ContentType) } }, "file", "申报.xlsx" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations.xlsx") { Content = form };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await _county.Tax.SendAsync(request, _county.Ct);
    }

    [Fact]
    public async Task A_ledger_with_bad_rows_is_refused_row_by_row_and_nothing_is_kept_a_good_one_declares_every_row()
    {
        var c = _county;
        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        var bad = await UploadAsync(caseId, await SheetAsync(
            ["税款", "增值税", "2026-01-01", "2026-01-31", "2026-02-15", 100000.00, null, null, null],
            ["税款", "企业所得税", "2026-01-01", "2026-01-31", "明天", -5.00, null, null, null],
            ["房产", "房产税", "2026-01-01", "2026-01-31", "2026-02-15", 10.00, null, null, null],
            ["社会保险费", "基本养老保险", "2026-01-01", "2026-01-31", "2026-02-15", 100.00, 300.00, null, null]));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await c.JsonAsync(bad)).GetProperty("errors");
        errors.TryGetProperty("rows[3].dueDate", out _).ShouldBeTrue();         // the sheet's row 3 (row 1 is the header)
        errors.TryGetProperty("rows[3].principal", out _).ShouldBeTrue();
        errors.TryGetProperty("rows[4].kind", out _).ShouldBeTrue();
        errors.TryGetProperty("rows[5].personalAccount", out _).ShouldBeTrue();
        errors.TryGetProperty("rows[2].principal", out _).ShouldBeFalse();     // the good row is not blamed
        (await c.FileAsync(c.Tax, caseId)).File.GetProperty("lines").GetArrayLength().ShouldBe(0);

        var good = await UploadAsync(caseId, await SheetAsync(
            ["税款", "增值税", "2026-01-01", "2026-01-31", "2026-02-15", 100000.00, null, null, null],
            ["社会保险费", "基本养老保险", "2026-01-01", "2026-01-31", "2026-03-01", 30000.00, 9600.00, null, null]));
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await c.JsonAsync(good)).GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("lateFee").GetProperty("amount").GetDecimal()).ShouldBe([1_150.00m, 135.00m]);

        var notASheet = await UploadAsync(caseId, "不是表格"u8.ToArray());
        notASheet.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.JsonAsync(notASheet)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_countys_class_for_social_insurance_late_fees_applies_to_lines_declared_after_it_is_set()
    {
        var c = _county;
        using var admin = host.CreateClient(await host.CreateUserAsync(c.County, TaxPermissions.View, TaxPermissions.Settings));
        var read = await admin.GetAsync("/api/tax/settings", c.Ct);
        (await c.JsonAsync(read)).GetProperty("socialInsuranceLateFeeClass").GetString().ShouldBe("Ordinary");
        (await c.SendAsync(admin, HttpMethod.Put, "/api/tax/settings", read.Headers.ETag!.Tag, new { socialInsuranceLateFeeClass = "Employee", socialInsuranceFineClass = "Subordinated" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // class ① is the personal accounts' alone
        (await c.SendAsync(c.Tax, HttpMethod.Put, "/api/tax/settings", read.Headers.ETag!.Tag, new { socialInsuranceLateFeeClass = "TaxAndSocialInsurance", socialInsuranceFineClass = "Ordinary" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await c.SendAsync(admin, HttpMethod.Put, "/api/tax/settings", read.Headers.ETag!.Tag, new { socialInsuranceLateFeeClass = "TaxAndSocialInsurance", socialInsuranceFineClass = "Ordinary" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var caseId = await c.AcceptedCaseAsync("2026-03-10");
        var declared = await c.StepAsync(c.Tax, caseId, "declarations", new
        {
            declaredOn = "2026-04-01",
            lines = new[] { new { kind = "SocialInsurance", taxType = "失业保险", periodFrom = "2026-01-01", periodTo = "2026-01-31", dueDate = "2026-03-01", principal = 1000m, penalty = 50m, penaltyDecision = "洛人社罚〔2026〕1号" } },
        });
        var parts = (await c.JsonAsync(declared)).GetProperty("lines")[0].GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("part").GetString()!, p => p.GetProperty("class").GetString());
        parts["LateFee"].ShouldBe("TaxAndSocialInsurance");
        parts["Penalty"].ShouldBe("Ordinary");
        parts["Principal"].ShouldBe("TaxAndSocialInsurance");
    }

    [Fact]
    public void Credit_repair_opens_with_an_approved_plan_and_unpaid_amounts_do_not_block_it()
    {
        var file = new TaxCase(Guid.NewGuid());
        file.Apply(Summary(file.Id, "Accepted"));
        file.RequestCreditRepair(new DateOnly(2026, 6, 1)).ShouldBe(TaxOutcome.NoApprovedPlan);
        file.Apply(Summary(file.Id, "PlanExecution", sequence: 5));
        file.RequestCreditRepair(new DateOnly(2026, 6, 1)).ShouldBe(TaxOutcome.Done); // whatever the plan still owes the bureau
        file.RequestCreditRepair(new DateOnly(2026, 6, 2)).ShouldBe(TaxOutcome.AlreadyDone);
        file.DecideCreditRepair(true, "M", null, new DateOnly(2026, 5, 30)).ShouldBe(TaxOutcome.DateTooEarly);
        file.DecideCreditRepair(true, "M", null, new DateOnly(2026, 6, 10)).ShouldBe(TaxOutcome.Done);
        file.CreditRepair.ShouldBe(CreditRepairStatus.Repaired);
        file.Apply(Summary(file.Id, "Accepted", sequence: 1)); // an older read never takes the file back
        file.State.ShouldBe("PlanExecution");
    }

    private static CaseSummaryInfo Summary(Guid id, string state, int sequence = 2) =>
        new(id, "(2026)豫0305破1号", "豫0305", "Reorganization", state, null, [], new CaseKeyDates(new DateOnly(2026, 3, 10), null, null), null, [], sequence);
}
