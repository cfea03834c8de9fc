using Liandong.Bankruptcy.Platform.Domain;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Domain;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The case register over real HTTP, and the identifier rules under it.</summary>
public sealed class CaseRegisterTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string ValidUscc = "91350100M000100Y43";   // GB 32100-2015's own example
    private const string FailsCheck = "91410300MA44ABCD1X";  // well formed, check character should be R
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _judge = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _judge = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, Platform.PlatformPermissions.AuditView));
    }

    public ValueTask DisposeAsync()
    {
        _judge.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("(2021)豫0902破申1号", 2021, "豫0902", CaseType.ApplicationReview, 1, null)]
    [InlineData("(2022)豫09破终1号", 2022, "豫09", CaseType.Appeal, 1, null)]
    [InlineData("（2026）豫0305破12号", 2026, "豫0305", CaseType.Bankruptcy, 12, null)]
    [InlineData("(2024)豫03破监3号之一", 2024, "豫03", CaseType.Supervision, 3, "之一")]
    [InlineData("(2023)豫0381强清7号", 2023, "豫0381", CaseType.ForcedLiquidation, 7, null)]
    [InlineData("(2025)豫0322清申15号", 2025, "豫0322", CaseType.ForcedLiquidationApplication, 15, null)]
    public void Case_numbers_parse_in_their_real_formats(string text, int year, string court, CaseType type, int sequence, string? suffix)
    {
        CaseNumber.TryParse(text, out var number).ShouldBeTrue();

        number.ShouldBe(new CaseNumber(year, court, type, sequence, suffix));
        CaseNumber.TryParse(number!.ToString(), out var again).ShouldBeTrue();
        again.ShouldBe(number);
    }

    [Theory]
    [InlineData("2021豫0902破申1号")]
    [InlineData("(2021)豫0902民初1号")]
    [InlineData("(2021)豫0902破申0号")]
    [InlineData("(1985)豫0902破1号")]
    [InlineData("(2021)0902破1号")]
    [InlineData("(2021)豫0902破1")]
    [InlineData("")]
    public void Malformed_case_numbers_are_refused(string text) => CaseNumber.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(ValidUscc, true, true)]
    [InlineData("91110000600037341L", true, true)]
    [InlineData(FailsCheck, true, false)]
    [InlineData("91410300MA44ABCD1", false, false)]
    [InlineData("91410300MA44ABCDIX", false, false)] // I is not a code character
    [InlineData("91410300ma44abcd1r", false, false)]
    public void Credit_codes_are_well_formed_and_checked(string code, bool wellFormed, bool checkMatches)
    {
        Uscc.IsWellFormed(code).ShouldBe(wellFormed);
        if (wellFormed)
        {
            Uscc.CheckCharacterMatches(code).ShouldBe(checkMatches);
        }
    }

    [Fact]
    public async Task A_judge_registers_a_consolidated_case_and_reads_it_back()
    {
        var response = await Register(Number(1), ("洛阳某某机械有限公司", ValidUscc, null), ("洛阳某某贸易有限公司", "91110000600037341L", null));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await Json(response);
        var read = await _judge.GetAsync($"/api/cases/{created.GetProperty("id").GetGuid()}", _ct);
        read.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag!.Tag);
        var body = await Json(read);
        body.GetProperty("caseNumber").GetString().ShouldBe(Number(1));
        body.GetProperty("courtCode").GetString().ShouldBe(_county.CourtCode);
        body.GetProperty("state").GetString().ShouldBe("Registered");
        body.GetProperty("debtors").EnumerateArray().Select(d => d.GetProperty("name").GetString())
            .ShouldBe(["洛阳某某机械有限公司", "洛阳某某贸易有限公司"]);
        var list = await Json(await _judge.GetAsync("/api/cases", _ct));
        list.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("caseNumber").GetString() == Number(1));
    }

    [Fact]
    public async Task A_malformed_credit_code_is_400_and_a_failed_check_is_422_unless_a_reason_is_given_which_is_audited()
    {
        var malformed = await Register(Number(2), ("某公司", "9141", null));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await Json(malformed);
        problem.GetProperty("errorCodes").GetProperty("debtors[0].uscc")[0].GetString().ShouldBe("validation.uscc");
        problem.GetProperty("errors").GetProperty("debtors[0].uscc")[0].GetString()!.ShouldStartWith("统一社会信用代码应为 18 位");

        var failedCheck = await Register(Number(2), ("某公司", FailsCheck, null));
        failedCheck.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(failedCheck)).GetProperty("code").GetString().ShouldBe("cases.uscc_check_failed");

        var overridden = await Register(Number(2), ("某公司", FailsCheck, "营业执照原件所载，早期赋码"));
        overridden.StatusCode.ShouldBe(HttpStatusCode.Created);
        var debtor = (await Json(overridden)).GetProperty("debtors")[0];
        debtor.GetProperty("usccOverrideReason").GetString().ShouldBe("营业执照原件所载，早期赋码");
        var audit = await Json(await _judge.GetAsync($"/api/platform/audit/changes?entityType=Debtor&entityId={debtor.GetProperty("id").GetGuid()}", _ct));
        audit.GetProperty("items")[0].GetProperty("changes").GetProperty("UsccOverrideReason").GetProperty("new").GetString().ShouldBe("营业执照原件所载，早期赋码");
    }

    [Fact]
    public async Task Another_countys_court_is_422_a_duplicate_number_409_and_nothing_is_written()
    {
        var foreignCourt = await Register($"(2026)豫0101破申{Random.Shared.Next(1, 99999)}号", ("某公司", ValidUscc, null));
        foreignCourt.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await Json(foreignCourt);
        problem.GetProperty("code").GetString().ShouldBe("cases.court_not_in_county");
        problem.GetProperty("title").GetString()!.ShouldContain("豫0101");

        (await Register(Number(3), ("某公司", ValidUscc, null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var duplicate = await Register(Number(3), ("另一公司", ValidUscc, null));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("cases.case_number_taken");
        (await Json(await _judge.GetAsync("/api/cases?limit=200", _ct))).GetProperty("items").EnumerateArray()
            .Count(c => c.GetProperty("caseNumber").GetString() == Number(3)).ShouldBe(1);
    }

    [Fact]
    public async Task Problems_from_the_cases_module_speak_english_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
        {
            Content = JsonContent.Create(new { caseNumber = Number(4), procedure = "Liquidation", debtors = new[] { new { name = "某公司", uscc = FailsCheck } } }),
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await _judge.SendAsync(request, _ct);

        (await Json(response)).GetProperty("title").GetString().ShouldBe("The check character of debtor 1's credit code does not match; give a reason to keep it.");
    }

    private string Number(int sequence) => $"(2026){_county.CourtCode}破申{sequence}号";

    [Fact]
    public async Task More_debtors_than_one_register_holds_is_400_and_registers_nothing_and_the_most_it_holds_read_back_whole_in_order()
    {
        var debtors = Enumerable.Range(1, 501).Select(i => ($"洛阳某关联公司{i}", ValidUscc, (string?)null)).ToArray();

        var response = await Register(Number(9), debtors);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errorCodes").GetProperty("debtors")[0].GetString().ShouldBe("validation.max_items");
        var list = await Json(await _judge.GetAsync("/api/cases", _ct));
        list.GetProperty("items").EnumerateArray().ShouldNotContain(c => c.GetProperty("caseNumber").GetString() == Number(9));
        var registered = await Register(Number(9), debtors[..500]); // 500, the stated maximum, is one register
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);

        // Read back whole and in order: the first debtors come with the case, the rest in a second statement.
        var expected = debtors[..500].Select(d => d.Item1).ToArray();
        var answer = await Json(registered);
        answer.GetProperty("debtors").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ShouldBe(expected);
        var read = await Json(await _judge.GetAsync($"/api/cases/{answer.GetProperty("id").GetGuid()}", _ct));
        read.GetProperty("debtors").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ShouldBe(expected);
    }

    [Fact]
    public async Task A_debtor_left_null_in_the_list_is_400_on_that_item_and_registers_nothing()
    {
        using var content = new StringContent(
            $$"""{"caseNumber":"{{Number(10)}}","procedure":"ApplicationReview","debtors":[{"name":"洛阳某公司","uscc":"{{ValidUscc}}"},null]}""",
            System.Text.Encoding.UTF8, "application/json");

        var response = await _judge.PostAsync("/api/cases", content, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errorCodes").GetProperty("debtors[1]")[0].GetString().ShouldBe("validation.required");
        var list = await Json(await _judge.GetAsync("/api/cases", _ct));
        list.GetProperty("items").EnumerateArray().ShouldNotContain(c => c.GetProperty("caseNumber").GetString() == Number(10));
    }

    private Task<HttpResponseMessage> Register(string caseNumber, params (string Name, string Uscc, string? Reason)[] debtors) =>
        _judge.PostAsJsonAsync("/api/cases", new
        {
            caseNumber,
            procedure = "ApplicationReview",
            debtors = debtors.Select(d => new { name = d.Name, uscc = d.Uscc, usccOverrideReason = d.Reason }).ToArray(),
        }, _ct);

    private async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
}
