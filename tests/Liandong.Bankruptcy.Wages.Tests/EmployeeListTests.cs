using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Wages.Tests;

/// <summary>
/// The employee claims list over HTTP: ID numbers checked (GB 11643) and never shown in full except to a reader of
/// protected data (audited); class ① and an executive's excess over the company's average as ordinary (art. 113(3));
/// publication into the claims register beside, never over, the tax bureau's personal-account insurance.
/// </summary>
public sealed class EmployeeListTests(LiandongHostFixture host) : IAsyncLifetime
{
    // GB 11643 check characters, computed by hand: 1101051949123100 2 → X, … 3 → 8; 4103051980010112 3 → X.
    private const string WithX = "11010519491231002X";
    private const string Plain = "110105194912310038";
    private const string Other = "41030519800101123X";

    private WagesCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await WagesCounty.CreateAsync(host, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static JsonElement Employee(JsonElement file, int number) => file.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("number").GetInt32() == number);

    [Fact]
    public async Task Id_numbers_are_checked_masked_everywhere_and_read_in_full_only_with_the_permission_and_audited()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        var bad = await c.AddAsync(caseId, WagesCounty.Employee("错号", "110105194912310039", 1000m)); // check character 8, not 9
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.JsonAsync(bad)).GetProperty("errorCodes").GetProperty("employees[0].idNumber")[0].GetString().ShouldBe("validation.id_number");
        (await c.AddAsync(caseId, WagesCounty.Employee("短号", "1101051949", 1000m))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var added = await c.AddAsync(caseId, WagesCounty.Employee("张三", WithX.ToLowerInvariant(), 36_000m), WagesCounty.Employee("王五", Plain, 12_000m));
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await added.Content.ReadAsStringAsync(c.Ct);
        body.ShouldNotContain(WithX, Case.Insensitive);
        body.ShouldNotContain(Plain);
        var zhang = Employee(JsonDocument.Parse(body).RootElement, 1);
        zhang.GetProperty("idNumber").GetString().ShouldBe("110***********002X");
        (await host.Database.ScalarAsOwnerAsync<long>("SELECT count(*) FROM wages.employees WHERE id_number_cipher LIKE @p OR id_number_masked LIKE @p",
            ("p", "%" + WithX[6..14] + "%"))).ShouldBe(0); // stored encrypted and masked only

        // The same number again (the check character's case aside) is the same employee.
        var twice = await c.AddAsync(caseId, WagesCounty.Employee("张三", WithX, 1m));
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.JsonAsync(twice)).GetProperty("code").GetString().ShouldBe("wages.duplicate_id_number");

        var employeeId = zhang.GetProperty("id").GetGuid();
        (await c.Administrator.GetAsync($"/api/wages/cases/{caseId}/employees/{employeeId}/id-number", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var reader = await host.CreateUserAsync(c.County, WagesPermissions.View, PlatformPermissions.ProtectedDataRead);
        using var readerClient = host.CreateClient(reader);
        var full = await readerClient.GetFromJsonAsync<JsonElement>($"/api/wages/cases/{caseId}/employees/{employeeId}/id-number", c.Ct);
        full.GetProperty("idNumber").GetString().ShouldBe(WithX); // stored with an upper-case X
        (await host.Database.ScalarAsOwnerAsync<long>(
            "SELECT count(*) FROM platform.audit_changes WHERE operation = 'ProtectedRead' AND entity_id = @e AND user_id = @u",
            ("e", employeeId.ToString()), ("u", reader.UserId))).ShouldBe(1);
        host.Logs.Lines.Where(l => l.Contains(WithX, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();

        // Another county's reader finds nothing.
        var other = await WagesCounty.CreateAsync(host, c.Ct);
        var otherReader = host.CreateClient(await host.CreateUserAsync(other.County, WagesPermissions.View, PlatformPermissions.ProtectedDataRead));
        (await otherReader.GetAsync($"/api/wages/cases/{caseId}/employees/{employeeId}/id-number", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Administrator.GetAsync($"/api/wages/cases/{caseId}", c.Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_executive_counts_at_the_average_wage_and_the_excess_is_ordinary_and_publication_enters_the_register()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        (await c.AddAsync(caseId,
            WagesCounty.Employee("张三", WithX, 36_000m, compensation: 12_000m, before2006: 5_000m, medical: 800.50m),
            WagesCounty.Employee("李四", Plain, 120_000m, executive: true, months: 6))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // An executive on the list needs the company's average wage before publication.
        var early = await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-01", objectionDays = 15 });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.JsonAsync(early)).GetProperty("code").GetString().ShouldBe("wages.average_wage_required");

        var averaged = await c.StepAsync(caseId, "average-wage", new { averageMonthlyWage = 6_500m }, HttpMethod.Put);
        averaged.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await c.JsonAsync(averaged);
        // 李四: 6 months at 6,500 = 39,000 in class ①; 120,000 − 39,000 = 81,000 ordinary (art. 113(3)).
        (Employee(file, 2).GetProperty("classOne").GetDecimal(), Employee(file, 2).GetProperty("ordinary").GetDecimal()).ShouldBe((39_000m, 81_000m));
        // 张三: 36,000 + 800.50 + 12,000 = 48,800.50, all class ①; 5,000 of it owed for before 2006-08-27 (art. 132).
        (Employee(file, 1).GetProperty("classOne").GetDecimal(), Employee(file, 1).GetProperty("ordinary").GetDecimal()).ShouldBe((48_800.50m, 0m));
        var totals = file.GetProperty("totals");
        (totals.GetProperty("classOne").GetDecimal(), totals.GetProperty("ordinary").GetDecimal(), totals.GetProperty("wagesBefore2006").GetDecimal())
            .ShouldBe((87_800.50m, 81_000m, 5_000m));

        // The tax bureau declares the personal-account pension (class ①) itself; the list shows it, never lists it again.
        var taxFile = await c.Tax.GetAsync($"/api/tax/cases/{caseId}", c.Ct);
        (await c.SendAsync(c.Tax, HttpMethod.Post, $"/api/tax/cases/{caseId}/declarations", taxFile.Headers.ETag!.Tag, new
        {
            declaredOn = "2026-03-20",
            lines = new[] { new { kind = "SocialInsurance", taxType = "基本养老保险", periodFrom = "2026-01-01", periodTo = "2026-01-31", dueDate = "2026-02-15", principal = 30_000m, personalAccount = 9_600m } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("personalAccountArrears").GetDecimal().ShouldBe(9_600m);

        var published = await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-01", objectionDays = 15 });
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.JsonAsync(published)).GetProperty("objectionsUntil").GetString().ShouldBe("2026-04-16"); // 15 days from Wednesday 04-01
        await Eventually.HoldsAsync(async () => (await c.RegisterAsync(caseId)).Count(l => l.GetProperty("sourceModule").GetString() == "wages") == 3);
        var lines = (await c.RegisterAsync(caseId)).Where(l => l.GetProperty("sourceModule").GetString() == "wages")
            .Select(l => $"{l.GetProperty("creditor").GetString()}:{l.GetProperty("priority").GetString()}:{l.GetProperty("declared").GetDecimal():0.00}:{l.GetProperty("review").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
        lines.ShouldBe(["张三:Employee:48800.50:Confirmed", "李四:Employee:39000.00:Confirmed", "李四:Ordinary:81000.00:Confirmed"]);

        // Published once; nothing is added after.
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-02", objectionDays = 15 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.AddAsync(caseId, WagesCounty.Employee("赵六", Other, 1_000m))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_sheet_with_one_bad_row_imports_nothing_and_names_the_row()
    {
        var c = _county;
        var caseId = await c.CaseAsync();
        static IReadOnlyList<KeyValuePair<string, object?>> Row(string name, string id, object? wages, string executive = "否", int months = 3) =>
        [
            new("姓名", name), new("身份证号", id), new("职务", "工人"), new("董监高", executive), new("欠薪月数", months), new("拖欠工资", wages),
            new("医疗补助", null), new("伤残补助", null), new("抚恤费用", null), new("经济补偿金", null), new("2006年8月27日前欠薪", null),
        ];

        var bad = await c.ImportAsync(caseId, [Row("张三", WithX, 9_000m), Row("李四", "110105194912310039", 6_000m), Row("王五", Plain, "很多")]);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var codes = (await c.JsonAsync(bad)).GetProperty("errorCodes");
        codes.GetProperty("rows[3].idNumber")[0].GetString().ShouldBe("validation.id_number"); // the header is row 1
        codes.GetProperty("rows[4].wages")[0].GetString().ShouldBe("validation.amount");
        codes.TryGetProperty("rows[2].idNumber", out _).ShouldBeFalse();
        (await c.FileAsync(c.Judge, caseId)).File.GetProperty("employees").GetArrayLength().ShouldBe(0);

        var duplicate = await c.ImportAsync(caseId, [Row("张三", WithX, 9_000m), Row("张三", WithX.ToLowerInvariant(), 9_000m)]);
        (await c.JsonAsync(duplicate)).GetProperty("errorCodes").GetProperty("rows[3].idNumber")[0].GetString().ShouldBe("wages.duplicate_row");

        var good = await c.ImportAsync(caseId, [Row("张三", WithX, 9_000m), Row("李四", Other, 6_000m), Row("王五", Plain, 3_000.25m)]);
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await c.JsonAsync(good);
        file.GetProperty("employees").GetArrayLength().ShouldBe(3);
        file.GetProperty("totals").GetProperty("classOne").GetDecimal().ShouldBe(18_000.25m);
    }

    [Fact]
    public async Task Bad_input_and_out_of_order_steps_are_refused_and_change_nothing()
    {
        var c = _county;
        var registered = await c.CaseAsync(accept: false);
        var notAccepted = await c.AddAsync(registered, WagesCounty.Employee("张三", WithX, 1_000m));
        notAccepted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.JsonAsync(notAccepted)).GetProperty("code").GetString().ShouldBe("wages.not_accepted");

        var caseId = await c.CaseAsync();
        var (_, etag) = await c.FileAsync(c.Administrator, caseId);
        var url = $"/api/wages/cases/{caseId}/employees";
        foreach (var body in new object[]
                 {
                     new { employees = Array.Empty<object>() },
                     new { employees = new[] { new { name = "张三", idNumber = WithX, wages = -1m } } },
                     new { employees = new[] { new { name = "张三", idNumber = WithX, wages = 1.005m } } },
                     new { employees = new[] { new { name = "张三", idNumber = WithX, wages = 0m } } },
                     new { employees = new[] { new { name = "张三", idNumber = WithX, wages = 100m, wagesBefore2006 = 200m } } },
                     new { employees = new[] { new { name = "", idNumber = WithX, wages = 100m } } },
                     new { employees = Enumerable.Repeat(new { name = "张三", idNumber = WithX, wages = 100m }, 501).ToArray() },
                 })
        {
            (await c.SendAsync(c.Administrator, HttpMethod.Post, url, etag, body)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await c.SendAsync(c.Administrator, HttpMethod.Post, url, null, new { employees = new[] { WagesCounty.Employee("张三", WithX, 100m) } }))
            .StatusCode.ShouldBe((HttpStatusCode)428);
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-01", objectionDays = 15 })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // empty
        (await c.StepAsync(caseId, "average-wage", new { averageMonthlyWage = 0m }, HttpMethod.Put)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.FileAsync(c.Administrator, caseId)).ETag.ShouldBe(etag);

        (await c.AddAsync(caseId, WagesCounty.Employee("张三", WithX, 100m))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.SendAsync(c.Administrator, HttpMethod.Post, url, etag, new { employees = new[] { WagesCounty.Employee("王五", Plain, 100m) } }))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-03-09", objectionDays = 15 })).StatusCode.ShouldBe((HttpStatusCode)422); // before acceptance
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2099-03-09", objectionDays = 15 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.StepAsync(caseId, "publication", new { publishedOn = "2026-04-01", objectionDays = 0 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Judge.PostAsJsonAsync(url, new { employees = new[] { WagesCounty.Employee("王五", Plain, 100m) } }, c.Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
