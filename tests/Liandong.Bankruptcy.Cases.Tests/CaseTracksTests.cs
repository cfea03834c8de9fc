using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>
/// What a case is registered with besides its number: the review deadline (art. 10, or 30 days for a
/// transfer from enforcement), the fast-track target from the county's settings, long-pending flags, and the export.
/// </summary>
public sealed class CaseTracksTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _judge = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _judge = host.CreateClient(await host.CreateUserAsync(_county,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CasesPermissions.Settings));
        _api = new CasesApi(_judge, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _judge.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_transfer_from_enforcement_is_reviewed_within_30_days_and_an_application_within_15()
    {
        var transferred = await Register(1, new
        {
            receivedOn = "2026-03-02",
            transfer = new { enforcementCourt = "洛阳市涧西区人民法院", enforcementCaseNumber = "(2025)豫0305执123号", decisionNumber = "(2026)豫0305执移1号", decidedOn = "2026-02-20" },
        });
        transferred.GetProperty("transfer").GetProperty("enforcementCaseNumber").GetString().ShouldBe("(2025)豫0305执123号");
        Deadline(transferred, "AcceptanceDecision").ShouldBe(("2026-04-01", "Open")); // 30 days from receipt

        var petition = await Register(2, new { receivedOn = "2026-03-02", applicant = "Debtor" });
        Deadline(petition, "AcceptanceDecision").ShouldBe(("2026-03-17", "Open")); // 15 days, art. 10(2)

        var id = petition.GetProperty("id").GetGuid();
        await _api.AdvancedAsync(id, Version(petition), "AcceptLiquidation", null, "2026-03-16");
        Deadline(await Get(id), "AcceptanceDecision").ShouldBe(("2026-03-17", "Met"));
        (await Register(3, new { })).GetProperty("deadlines").GetArrayLength().ShouldBe(0); // no receipt date, no review deadline
    }

    [Fact]
    public async Task A_fast_track_case_gets_the_countys_target_which_its_conclusion_meets()
    {
        var settings = await _judge.GetAsync("/api/cases/settings", _ct);
        (await _api.JsonAsync(settings)).GetProperty("fastTrackMonths").GetInt32().ShouldBe(6);
        settings.Headers.ETag!.Tag.ShouldBe("\"0\""); // never saved: the defaults
        var saved = await _api.SendAsync(HttpMethod.Put, "/api/cases/settings", "\"0\"", new { fastTrackMonths = 3, longPendingMonths = 12 });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);

        var registered = await Register(4, new { fastTrack = true });
        var id = registered.GetProperty("id").GetGuid();
        var etag = await _api.AdvancedAsync(id, Version(registered), "AcceptLiquidation", null, "2026-03-02");
        Deadline(await Get(id), "FastTrackTarget").ShouldBe(("2026-06-02", "Open")); // 3 months

        await _api.AdvancedAsync(id, etag, "Terminate", "Art43", "2026-05-20");
        Deadline(await Get(id), "FastTrackTarget").ShouldBe(("2026-06-02", "Met"));
    }

    [Fact]
    public async Task Settings_need_their_permission_a_version_and_values_in_range()
    {
        var county = await host.CreateCountyAsync();
        using var admin = host.CreateClient(await host.CreateUserAsync(county, CasesPermissions.View, CasesPermissions.Settings));
        using var judge = host.CreateClient(await host.CreateUserAsync(county, CasesPermissions.View, CasesPermissions.Advance));
        var api = new CasesApi(admin, county, _ct);

        (await new CasesApi(judge, county, _ct).SendAsync(HttpMethod.Put, "/api/cases/settings", "\"0\"", new { fastTrackMonths = 3, longPendingMonths = 12 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.SendAsync(HttpMethod.Put, "/api/cases/settings", null, new { fastTrackMonths = 3, longPendingMonths = 12 })).StatusCode.ShouldBe((HttpStatusCode)428);
        (await api.SendAsync(HttpMethod.Put, "/api/cases/settings", "\"0\"", new { fastTrackMonths = 13, longPendingMonths = 5 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.SendAsync(HttpMethod.Put, "/api/cases/settings", "\"7\"", new { fastTrackMonths = 3, longPendingMonths = 12 })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.GetFromJsonAsync<JsonElement>("/api/cases/settings", _ct)).GetProperty("fastTrackMonths").GetInt32().ShouldBe(6); // nothing changed

        var first = await api.SendAsync(HttpMethod.Put, "/api/cases/settings", "\"0\"", new { fastTrackMonths = 3, longPendingMonths = 24 });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.SendAsync(HttpMethod.Put, "/api/cases/settings", "\"0\"", new { fastTrackMonths = 4, longPendingMonths = 24 })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await api.SendAsync(HttpMethod.Put, "/api/cases/settings", first.Headers.ETag!.Tag, new { fastTrackMonths = 4, longPendingMonths = 24 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await judge.GetFromJsonAsync<JsonElement>("/api/cases/settings", _ct)).GetProperty("fastTrackMonths").GetInt32().ShouldBe(4);
        (await _judge.GetFromJsonAsync<JsonElement>("/api/cases/settings", _ct)).GetProperty("longPendingMonths").GetInt32().ShouldNotBe(24); // another county's
    }

    [Fact]
    public async Task Bad_tracks_are_refused_and_register_nothing()
    {
        object[] bad =
        [
            new { prePackagedFrom = "2026-01-05", procedure = "Liquidation" },
            new { transfer = new { enforcementCourt = "洛阳市涧西区人民法院" } },
            new { receivedOn = "2026-02-01", transfer = new { enforcementCourt = "某法院", enforcementCaseNumber = "(2025)豫0305执1号", decisionNumber = "移1号", decidedOn = "2026-02-20" } },
            new { panelIds = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToArray() },
            new { panelIds = new[] { "张审判员" } }, // a name is no member
        ];
        foreach (var extra in bad)
        {
            var body = JsonSerializer.SerializeToNode(new { caseNumber = $"(2026){_county.CourtCode}破申90号", procedure = "ApplicationReview", debtors = new[] { new { name = "某公司", uscc = "91350100M000100Y43" } } })!.AsObject();
            foreach (var (key, value) in JsonSerializer.SerializeToNode(extra)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }

            (await _judge.PostAsJsonAsync("/api/cases", body, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await _judge.GetFromJsonAsync<JsonElement>("/api/cases", _ct)).GetProperty("items").EnumerateArray()
            .ShouldNotContain(c => c.GetProperty("caseNumber").GetString()!.Contains("破申90号", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cases_accepted_longer_ago_than_the_countys_age_are_flagged_long_pending_until_they_end()
    {
        var old = await Register(10, new { });
        var oldId = old.GetProperty("id").GetGuid();
        await _api.AdvancedAsync(oldId, Version(old), "AcceptLiquidation", null, "2024-05-06");
        var ended = await Register(11, new { });
        var endedETag = await _api.AdvancedAsync(ended.GetProperty("id").GetGuid(), Version(ended), "AcceptLiquidation", null, "2024-05-06");
        await _api.AdvancedAsync(ended.GetProperty("id").GetGuid(), endedETag, "Terminate", "Art43", "2024-06-03");
        var recent = await Register(12, new { });
        await _api.AdvancedAsync(recent.GetProperty("id").GetGuid(), Version(recent), "AcceptLiquidation", null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var flagged = await _judge.GetFromJsonAsync<JsonElement>("/api/cases?longPending=true", _ct);
        flagged.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([oldId]);
        var all = await _judge.GetFromJsonAsync<JsonElement>("/api/cases", _ct);
        all.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("longPending").GetBoolean()).Select(c => c.GetProperty("id").GetGuid()).ShouldBe([oldId]);

        // The county's own age, once saved: five years (until May 2029) flags nothing, in the filter and in the rows.
        (await _api.SendAsync(HttpMethod.Put, "/api/cases/settings", "\"0\"", new { fastTrackMonths = 6, longPendingMonths = 60 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _judge.GetFromJsonAsync<JsonElement>("/api/cases?longPending=true", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await _judge.GetFromJsonAsync<JsonElement>("/api/cases", _ct)).GetProperty("items").EnumerateArray().ShouldAllBe(c => !c.GetProperty("longPending").GetBoolean());
    }

    [Fact]
    public async Task The_export_is_a_spreadsheet_of_the_filtered_list_with_chinese_headers()
    {
        var declared = await Register(20, new { });
        var etag = await _api.AdvancedAsync(declared.GetProperty("id").GetGuid(), Version(declared), "AcceptLiquidation", null, "2026-03-02");
        await _api.AdvancedAsync(declared.GetProperty("id").GetGuid(), etag, "DeclareBankruptcy", null, "2026-04-15");
        await Register(21, new { });

        var response = await _judge.GetAsync("/api/cases/export?state=Declared", _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = await response.Content.ReadAsStreamAsync(_ct);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(1);
        rows[0]["案号"].ShouldBe($"(2026){_county.CourtCode}破申20号");
        rows[0]["状态"].ShouldBe("已宣告破产");
        rows[0]["受理日期"].ShouldBe("2026-03-02");
        rows[0]["债务人"].ShouldBe("洛阳某某有限公司");
    }

    [Fact]
    public async Task Who_applied_is_required_with_the_receipt_date_and_a_conversion_names_its_applicant_or_is_400()
    {
        async Task<HttpResponseMessage> Post(object body) => await _judge.PostAsJsonAsync("/api/cases", body, _ct);
        var debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } };
        var withoutApplicant = await Post(new { caseNumber = $"(2026){_county.CourtCode}破申60号", procedure = "ApplicationReview", receivedOn = "2026-03-02", debtors });
        withoutApplicant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _api.JsonAsync(withoutApplicant)).GetProperty("errorCodes").GetProperty("applicant")[0].GetString().ShouldBe("validation.applicant_required");
        var transferWithout = await Post(new { caseNumber = $"(2026){_county.CourtCode}破申61号", procedure = "ApplicationReview", applicant = "EnforcementTransfer", debtors });
        (await _api.JsonAsync(transferWithout)).GetProperty("errorCodes").GetProperty("applicant")[0].GetString().ShouldBe("validation.applicant_transfer");
        (await _judge.GetFromJsonAsync<JsonElement>("/api/cases", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0); // nothing registered

        var petition = await Register(62, new { receivedOn = "2026-03-02", applicant = "Creditor" });
        petition.GetProperty("applicant").GetString().ShouldBe("Creditor");
        Deadline(petition, "DebtorNotice").ShouldBe(("2026-03-09", "Open")); // art. 10(1): 5 days, 03-07 a Saturday
        var id = petition.GetProperty("id").GetGuid();
        var etag = await _api.AdvancedAsync(id, Version(petition), "AcceptLiquidation", null, "2026-03-20");

        var unnamed = await _api.AdvanceAsync(id, etag, "ConvertToReorganization", null, "重整裁定", "2026-04-01");
        unnamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _api.JsonAsync(unnamed)).GetProperty("errorCodes").GetProperty("appliedBy")[0].GetString().ShouldBe("validation.required");
        var ruling = new { number = "(2026)豫0305破1号", date = "2026-04-01", kind = "重整裁定" };
        var tooLittle = await _api.SendAsync(HttpMethod.Post, $"/api/cases/{id}/transitions", etag,
            new { action = "ConvertToReorganization", ruling, appliedBy = "Investor", capitalHeld = 99_999.99m, registeredCapital = 1_000_000m });
        (tooLittle.StatusCode, (await _api.JsonAsync(tooLittle)).GetProperty("code").GetString()).ShouldBe(((HttpStatusCode)422, "cases.investor_share_below_one_tenth"));
        var noCapital = await _api.SendAsync(HttpMethod.Post, $"/api/cases/{id}/transitions", etag, new { action = "ConvertToReorganization", ruling, appliedBy = "Investor" });
        (await _api.JsonAsync(noCapital)).GetProperty("errorCodes").EnumerateObject().Select(e => e.Name).ShouldBe(["capitalHeld", "registeredCapital"], ignoreOrder: true);
        var tenth = await _api.SendAsync(HttpMethod.Post, $"/api/cases/{id}/transitions", etag,
            new { action = "ConvertToReorganization", ruling, appliedBy = "Investor", capitalHeld = 100_000m, registeredCapital = 1_000_000m });
        tenth.StatusCode.ShouldBe(HttpStatusCode.OK); // exactly one tenth is enough (以上)
        (await _api.JsonAsync(tenth)).GetProperty("state").GetString().ShouldBe("ReorganizationRuled");
    }

    private async Task<JsonElement> Register(int sequence, object extra)
    {
        var body = JsonSerializer.SerializeToNode(new
        {
            caseNumber = $"(2026){_county.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        })!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(extra)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        var response = await _judge.PostAsJsonAsync("/api/cases", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await _api.JsonAsync(response);
    }

    private async Task<JsonElement> Get(Guid id) => await _judge.GetFromJsonAsync<JsonElement>($"/api/cases/{id}", _ct);

    private static string Version(JsonElement c) => $"\"{c.GetProperty("version").GetUInt32()}\"";

    private static (string Due, string Status) Deadline(JsonElement c, string kind)
    {
        var d = c.GetProperty("deadlines").EnumerateArray().Single(x => x.GetProperty("kind").GetString() == kind);
        return (d.GetProperty("due").GetString()!, d.GetProperty("status").GetString()!);
    }
}
