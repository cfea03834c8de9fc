using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Reminders;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>
/// Supervision figures against fixtures computed by hand: items with known dates (a local day off on Wed 2026-06-10
/// inside the handling periods), on-time and late completion, a return, an item gone overdue; a body serving two
/// counties counted in each separately; the city supervisor's counters of every county, and nothing else of any county.
/// </summary>
public sealed class AssessmentTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Period = "from=2026-06-01&to=2026-06-30";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CoordinationCounty _a = null!;
    private CoordinationCounty _b = null!;

    public async ValueTask InitializeAsync()
    {
        _a = await CoordinationCounty.CreateAsync(host, _ct);
        _b = await CoordinationCounty.CreateAsync(host, _ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_figures_match_the_hand_computed_fixture()
    {
        await DayOffAsync(_a, "2026-06-10");
        var intermediate = await UnitAsync(_a, "洛阳市中级人民法院");
        await FixtureAsync(_a.County, _a.Units["Tax"], _a.Units["MarketRegulation"], intermediate);
        await SweepAsync(_a.County.Id, "2026-06-12");
        await SweepAsync(_a.County.Id, "2026-06-12"); // the reminder of item c comes too late; then its overdue notice, once

        // B's own unit of the same intermediate court, with one item completed on time: it must not show in A.
        var intermediateOfB = await UnitAsync(_b, "洛阳市中级人民法院");
        await InCountyAsync(_b.County, async (db, calendar) =>
        {
            var item = Item(intermediateOfB, "乙县事项", new DueRule(5, PeriodUnit.Days), "2026-06-08", calendar);
            Complete(item, "2026-06-09", calendar);
            db.Items.Add(item);
            await Task.CompletedTask;
        });

        var a = await _a.Office.GetFromJsonAsync<JsonElement>($"/api/coordination/assessment?{Period}", _ct);
        var tax = Unit(a, _a.Units["Tax"]);
        // a: 06-08 + 5 working days (06-10 off) = 06-16, completed 06-12: on time, 3 working days (06-09, 06-11, 06-12).
        // b: 06-08 + 3 days = 06-11, completed 06-15: late, 4 working days (06-09, 06-11, 06-12, 06-15).
        // c: 06-08 + 1 day = 06-09, open: overdue now, gone overdue on 06-10.
        (Int(tax, "assigned"), Int(tax, "completed"), Int(tax, "onTime"), Int(tax, "late"), Int(tax, "overdueNow"), Int(tax, "wentOverdue"), Int(tax, "returned"))
            .ShouldBe((3, 2, 1, 1, 1, 1, 0));
        tax.GetProperty("averageWorkingDays").GetDecimal().ShouldBe(3.5m);
        var market = Unit(a, _a.Units["MarketRegulation"]);
        (Int(market, "assigned"), Int(market, "completed"), Int(market, "returned"), Int(market, "overdueNow")).ShouldBe((1, 0, 1, 0));
        market.GetProperty("averageWorkingDays").ValueKind.ShouldBe(JsonValueKind.Null);
        var court = Unit(a, intermediate);
        (Int(court, "assigned"), Int(court, "completed"), Int(court, "onTime")).ShouldBe((1, 1, 1)); // A's item only, not B's
        court.GetProperty("accountableHead").GetString().ShouldBe("王院长"); // each unit names its head (一把手)
        court.GetProperty("averageWorkingDays").GetDecimal().ShouldBe(0m); // completed the day it started
        var total = a.GetProperty("total");
        (Int(total, "assigned"), Int(total, "completed"), Int(total, "onTime"), Int(total, "overdueNow"), Int(total, "returned")).ShouldBe((5, 3, 2, 1, 1));
        total.GetProperty("averageWorkingDays").GetDecimal().ShouldBe(2.3m); // (3 + 4 + 0) / 3

        var b = await _b.Office.GetFromJsonAsync<JsonElement>($"/api/coordination/assessment?{Period}", _ct);
        var courtOfB = Unit(b, intermediateOfB);
        (Int(courtOfB, "assigned"), Int(courtOfB, "completed"), Int(courtOfB, "onTime")).ShouldBe((1, 1, 1));
        courtOfB.GetProperty("averageWorkingDays").GetDecimal().ShouldBe(1m); // no day off in B: 06-09
        Int(b.GetProperty("total"), "assigned").ShouldBe(1);

        var july = await _a.Office.GetFromJsonAsync<JsonElement>("/api/coordination/assessment?from=2026-07-01&to=2026-07-31", _ct);
        Int(july.GetProperty("total"), "assigned").ShouldBe(0);
        Int(july.GetProperty("total"), "overdueNow").ShouldBe(1); // overdue now does not depend on the period
        (await _a.Office.GetAsync("/api/coordination/assessment?from=2026-07-01&to=2026-06-01", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _a.Tax.GetAsync($"/api/coordination/assessment?{Period}", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Records_and_the_circulated_report_carry_the_figures()
    {
        await FixtureAsync(_a.County, _a.Units["Tax"], _a.Units["MarketRegulation"], await UnitAsync(_a, "洛阳市中级人民法院"));
        (await _a.Office.PostAsJsonAsync("/api/coordination/assessment/records", new
        {
            unitId = _a.Units["MarketRegulation"], kind = "Accountability", from = "2026-06-01", to = "2026-06-30", reason = "退回事项未说明理由，延误办理", decidedOn = "2026-07-05",
        }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _a.Office.PostAsJsonAsync("/api/coordination/assessment/records", new
        {
            unitId = _a.Units["Tax"], kind = "Commendation", from = "2026-06-01", to = "2026-06-30", reason = "按期出具清税证明", decidedOn = "2026-07-05",
        }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _a.Office.PostAsJsonAsync("/api/coordination/assessment/records", new { unitId = _a.Units["Tax"], kind = "Praise", reason = "" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _b.Office.PostAsJsonAsync("/api/coordination/assessment/records", new
        {
            unitId = _a.Units["Tax"], kind = "Commendation", from = "2026-06-01", to = "2026-06-30", reason = "跨县", decidedOn = "2026-07-05",
        }, _ct)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity); // another county's unit is unknown here

        var figures = await _a.Office.GetFromJsonAsync<JsonElement>($"/api/coordination/assessment?{Period}", _ct);
        Unit(figures, _a.Units["MarketRegulation"]).GetProperty("records").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("Accountability");

        var docx = await _a.Office.GetAsync($"/api/coordination/assessment/report.docx?{Period}", _ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(_ct)), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("共承办联动事项5项，办结3项，其中按期办结2项、逾期办结1项");
        text.ShouldContain("按期出具清税证明");
        text.ShouldContain("退回事项未说明理由，延误办理");

        var page = System.Text.RegularExpressions.Regex.Replace(await _a.Office.GetStringAsync($"/coordination/assessment?{Period}", _ct), @">\s+<", "><"); // the same table and the records
        page.ShouldContain("<td>合计</td><td></td><td>5</td><td>3</td><td>2</td><td>1</td>");
        page.ShouldContain("退回事项未说明理由，延误办理");

        var xlsx = await _a.Office.GetAsync($"/api/coordination/assessment/report.xlsx?{Period}", _ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(_ct)), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var taxRow = rows.Single(r => (string)r["成员单位"] == TaxName(figures));
        (taxRow["交办"].ToString(), taxRow["按期办结"].ToString(), taxRow["逾期办结"].ToString(), taxRow["平均办理工作日"].ToString()).ShouldBe(("3", "1", "1", "4.5")); // no day off in this county: 4 and 5 working days
        rows.Last()["成员单位"].ShouldBe("合计");
    }

    [Fact]
    public async Task The_city_supervisor_sees_every_countys_counters_and_can_open_nothing_of_any_county()
    {
        var intermediate = await UnitAsync(_a, "洛阳市中级人民法院");
        await FixtureAsync(_a.County, _a.Units["Tax"], _a.Units["MarketRegulation"], intermediate);
        var intermediateOfB = await UnitAsync(_b, "洛阳市中级人民法院");
        Guid itemOfB = Guid.Empty;
        await InCountyAsync(_b.County, async (db, calendar) =>
        {
            var item = Item(intermediateOfB, "乙县事项", new DueRule(5, PeriodUnit.Days), "2026-06-08", calendar);
            Complete(item, "2026-06-20", calendar); // late
            db.Items.Add(item);
            itemOfB = item.Id;
            await Task.CompletedTask;
        });
        var caseOfA = await _a.AcceptedCaseAsync(7, "2026-06-01");
        await Eventually.HoldsAsync(async () => (await _a.ItemsAsync(_a.Judge, $"/api/coordination/items?caseId={caseOfA}&limit=200")).Count == CoordinationCounty.AcceptanceItems);

        using var supervisor = host.CreateClient(await host.CreateUserAsync(null, CoordinationPermissions.CityCounters));
        var counters = await supervisor.GetFromJsonAsync<JsonElement>($"/api/host/coordination/counters?{Period}", _ct);
        var a = counters.EnumerateArray().Single(c => c.GetProperty("divisionCode").GetString() == _a.County.DivisionCode);
        var b = counters.EnumerateArray().Single(c => c.GetProperty("divisionCode").GetString() == _b.County.DivisionCode);
        (Int(a, "assigned"), Int(a, "completed"), Int(a, "onTime"), Int(a, "returned")).ShouldBe((5 + CoordinationCounty.AcceptanceItems, 3, 2, 1)); // the fixture and the case's acceptance items (06-01)
        (Int(b, "assigned"), Int(b, "completed"), Int(b, "onTime")).ShouldBe((1, 1, 0));
        b.GetProperty("units").EnumerateArray().Single().GetProperty("unitName").GetString().ShouldBe("洛阳市中级人民法院");
        var json = counters.GetRawText();
        json.ShouldNotContain(itemOfB.ToString()); // counts only: no item, case or person
        json.ShouldNotContain("乙县事项");

        foreach (var url in new[] { $"/api/coordination/items/{itemOfB}", $"/api/cases/{caseOfA}", $"/api/coordination/assessment?{Period}", "/api/coordination/items", "/api/platform/users" })
        {
            (await supervisor.GetAsync(url, _ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }

        (await _a.Office.GetAsync($"/api/host/coordination/counters?{Period}", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // a county's office sees its own only

        var page = await supervisor.GetStringAsync($"/host/coordination?{Period}", _ct); // the supervisor's page: the same counts
        page.ShouldContain($"{_b.County.Name}（{_b.County.DivisionCode}）");
        page.ShouldContain("洛阳市中级人民法院：1 / 1 / 0 / 0 / 0");
    }

    [Fact]
    public async Task Overdue_now_and_the_inbox_counts_follow_every_change_of_an_item()
    {
        var (tax, market) = (_a.Units["Tax"], _a.Units["MarketRegulation"]);
        var ids = new List<Guid>();
        await InCountyAsync(_a.County, async (db, calendar) =>
        {
            var items = Enumerable.Range(1, 5).Select(n => Item(tax, $"计数{n}", new DueRule(3, PeriodUnit.Days), "2026-06-08", calendar)).ToList();
            db.Items.AddRange(items); // all due 06-11, open, at tax
            ids.AddRange(items.Select(i => i.Id));
            await Task.CompletedTask;
        });
        await InCountyAsync(_b.County, async (db, calendar) =>
        {
            db.Items.Add(Item(_b.Units["Tax"], "乙县计数", new DueRule(3, PeriodUnit.Days), "2026-06-08", calendar)); // not A's
            await Task.CompletedTask;
        });
        (await TaxCountsAsync()).ShouldBe((5, 5));

        var at = DateTimeOffset.UtcNow;
        await ChangeAsync(ids[0], (item, calendar) => Complete(item, "2026-06-10", calendar));                                     // closed
        await ChangeAsync(ids[1], (item, _) => item.Return("不属于本单位职责", null, at).ShouldBe(ItemOutcome.Done));                // closed
        await ChangeAsync(ids[1], (item, calendar) => item.Reassign(new UnitRef(market, "市场监管局"), calendar, 2, null, at).ShouldBe(ItemOutcome.Done)); // open again, at market
        await ChangeAsync(ids[2], (item, calendar) => item.Reassign(new UnitRef(market, "市场监管局"), calendar, 2, null, at).ShouldBe(ItemOutcome.Done)); // open, moved to market
        var later = BusinessClock.Today(TimeProvider.System).AddDays(30);
        await ChangeAsync(ids[3], (item, calendar) => item.DueAt(later, calendar, 2).ShouldBeTrue());                              // due in a month: open, not overdue
        await ChangeAsync(ids[4], (item, _) => item.SignFor(null, at).ShouldBe(ItemOutcome.Done));                                // updated, still open, same day

        (await TaxCountsAsync()).ShouldBe((2, 1)); // ids[3] (not overdue) and ids[4]
        var figures = await _a.Office.GetFromJsonAsync<JsonElement>($"/api/coordination/assessment?{Period}", _ct);
        Int(Unit(figures, tax), "overdueNow").ShouldBe(1);
        Int(Unit(figures, market), "overdueNow").ShouldBe(2);
        Int(figures.GetProperty("total"), "overdueNow").ShouldBe(3);

        // Whatever the path, the counts are those of the items: grouped by unit and due date, in this county only.
        await InCountyAsync(_a.County, async (db, _) =>
        {
            var items = await db.Items.Where(i => i.IsOpen).GroupBy(i => new { i.UnitId, i.DueOn }).Select(g => new { g.Key.UnitId, DueOn = g.Key.DueOn!.Value, Count = g.Count() })
                .OrderBy(x => x.UnitId).ThenBy(x => x.DueOn).ToListAsync(_ct);
            var counted = await db.OpenItemCounts.Where(c => c.Count != 0).Select(c => new { c.UnitId, c.DueOn, c.Count })
                .OrderBy(x => x.UnitId).ThenBy(x => x.DueOn).ToListAsync(_ct);
            counted.ShouldBe(items);
            counted.Sum(c => c.Count).ShouldBe(4);
        });
    }

    /// <summary>
    /// County A's fixture: tax a (on time), b (late), c (open, overdue); market d (returned on 06-09); the intermediate
    /// court e (completed the day it started). All start Mon 2026-06-08.
    /// </summary>
    private Task FixtureAsync(TestCounty county, Guid tax, Guid market, Guid intermediate) => InCountyAsync(county, async (db, calendar) =>
    {
        var a = Item(tax, "事项a", new DueRule(5, PeriodUnit.WorkingDays), "2026-06-08", calendar);
        a.DueOn.ShouldBe(calendar.IsWorkingDay(new DateOnly(2026, 6, 10)) ? new DateOnly(2026, 6, 15) : new DateOnly(2026, 6, 16));
        Complete(a, "2026-06-12", calendar);
        var b = Item(tax, "事项b", new DueRule(3, PeriodUnit.Days), "2026-06-08", calendar);
        b.DueOn.ShouldBe(new DateOnly(2026, 6, 11));
        Complete(b, "2026-06-15", calendar);
        var c = Item(tax, "事项c", new DueRule(1, PeriodUnit.Days), "2026-06-08", calendar);
        var d = Item(market, "事项d", new DueRule(5, PeriodUnit.Days), "2026-06-08", calendar);
        d.Return("不属于本单位职责", null, new DateTimeOffset(2026, 6, 9, 2, 0, 0, TimeSpan.Zero)).ShouldBe(ItemOutcome.Done); // 10:00 in China
        var e = Item(intermediate, "事项e", new DueRule(5, PeriodUnit.Days), "2026-06-08", calendar);
        Complete(e, "2026-06-08", calendar);
        db.Items.AddRange(a, b, c, d, e);
        await Task.CompletedTask;
    });

    private static CoordinationItem Item(Guid unit, string title, DueRule due, string startsOn, WorkingCalendar calendar, string unitName = "洛阳市中级人民法院")
    {
        var item = new CoordinationItem(new ItemOrigin(null, null, "adhoc", title, null, ItemSource.Template, null), new UnitRef(unit, unitName), due, ItemPriority.Normal, null);
        item.Start(DateOnly.Parse(startsOn, System.Globalization.CultureInfo.InvariantCulture), calendar, 2, null, DateTimeOffset.UtcNow);
        return item;
    }

    private static void Complete(CoordinationItem item, string on, WorkingCalendar calendar)
    {
        item.SignFor(null, DateTimeOffset.UtcNow).ShouldBe(ItemOutcome.Done);
        item.Complete("办结", DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), calendar, null, DateTimeOffset.UtcNow).ShouldBe(ItemOutcome.Done);
    }

    /// <summary>Loads one of county A's items, changes it and saves, as a handler would.</summary>
    private Task ChangeAsync(Guid id, Action<CoordinationItem, WorkingCalendar> change) => InCountyAsync(_a.County, async (db, calendar) =>
        change(await db.Items.Include(i => i.History).SingleAsync(i => i.Id == id, _ct), calendar));

    /// <summary>The open and overdue items county A's tax officer is shown (the inbox's counts).</summary>
    private async Task<(int Open, int Overdue)> TaxCountsAsync()
    {
        var counts = await _a.Tax.GetFromJsonAsync<JsonElement>("/api/coordination/counts", _ct);
        var mine = counts.EnumerateArray().Single(c => c.GetProperty("divisionCode").GetString() == _a.County.DivisionCode);
        return (Int(mine, "open"), Int(mine, "overdue"));
    }

    private async Task InCountyAsync(TestCounty county, Func<CoordinationDbContext, WorkingCalendar, Task> build)
    {
        using var _ = host.Services.GetRequiredService<ICurrentTenant>().Change(county.Id);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        await build(db, await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(_ct));
        await db.SaveChangesAsync(_ct);
    }

    /// <summary>Sweeps the county on <paramref name="date"/>, waiting while another test's sweep holds the lock.</summary>
    private async Task SweepAsync(Guid county, string date)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
        await Eventually.HoldsAsync(async () => await host.Services.GetRequiredService<ReminderSweep>().RunAsync(clock, null, _ct, [county]) is not null);
    }

    private async Task DayOffAsync(CoordinationCounty county, string date)
    {
        using var admin = host.CreateClient(await host.CreateUserAsync(county.County, PlatformPermissions.CalendarManage));
        (await admin.PostAsJsonAsync("/api/platform/holidays", new { date, kind = "DayOff", note = "地方假日" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>A unit of the county (a body that serves several counties has one in each).</summary>
    private async Task<Guid> UnitAsync(CoordinationCounty county, string name)
    {
        using var admin = host.CreateClient(await host.CreateUserAsync(county.County, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage));
        var created = await admin.PostAsJsonAsync("/api/platform/units", new { name, kind = "Court", accountableHead = "王院长" }, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
    }

    private static string TaxName(JsonElement figures) =>
        figures.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("assigned").GetInt32() == 3).GetProperty("unitName").GetString()!;

    private static JsonElement Unit(JsonElement figures, Guid unitId) =>
        figures.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unitId);

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
