using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Coordination.Features.Reminders;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Liandong.Bankruptcy.Coordination.Tests;

/// <summary>
/// Reminders and overdue notices on a fake clock: a reminder two working days ahead, the overdue notice the day after to
/// the unit and the office; nothing twice, whether swept twice, by two hosts at once, or after a sweep stopped half-way;
/// a reassignment sends the reminder to the new unit; a holiday on the due date moves both.
/// </summary>
public sealed class ReminderSweepTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CoordinationCounty _c = null!;
    private HttpClient _marketUser = null!;

    public async ValueTask InitializeAsync()
    {
        _c = await CoordinationCounty.CreateAsync(host, _ct);
        _marketUser = _c.Market;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_reminder_goes_two_working_days_ahead_and_the_overdue_notice_the_day_after_each_once()
    {
        await ItemsOfAsync(await _c.AcceptedCaseAsync(1, "2026-03-02"), CoordinationCounty.AcceptanceItems); // lift preservation due Thu 03-05, reminder Tue 03-03

        await SweepAsync("2026-03-02");
        (await NotificationsAsync(_c.Tax, 1)).ShouldBeEmpty();

        await SweepAsync("2026-03-03");
        await SweepAsync("2026-03-03"); // twice: nothing new
        var reminders = await NotificationsAsync(_c.Tax, 1);
        reminders.ShouldHaveSingleItem().ShouldStartWith("提醒：解除税收保全措施");

        await SweepAsync("2026-03-05");
        (await NotificationsAsync(_c.Tax, 1)).Count.ShouldBe(1); // due today: not overdue yet

        await SweepAsync("2026-03-06");
        var notices = await NotificationsAsync(_c.Tax, 1);
        notices.Count.ShouldBe(2);
        notices[0].ShouldStartWith("逾期：解除税收保全措施");
        (await NotificationsAsync(_c.Office, 1)).ShouldContain(n => n.StartsWith("逾期：解除税收保全措施", StringComparison.Ordinal));
        var unread = await _c.Tax.GetFromJsonAsync<JsonElement>("/api/coordination/notifications", _ct);
        unread.GetProperty("unread").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        unread.GetProperty("unread").GetInt32().ShouldBe(unread.GetProperty("items").EnumerateArray().Count(n => !n.GetProperty("read").GetBoolean()));
        (await _c.Tax.PostAsync("/api/coordination/notifications/read", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var read = await _c.Tax.GetFromJsonAsync<JsonElement>("/api/coordination/notifications", _ct);
        read.GetProperty("unread").GetInt32().ShouldBe(0);
        read.GetProperty("items").EnumerateArray().ShouldAllBe(n => n.GetProperty("read").GetBoolean());
        read.GetProperty("items").GetArrayLength().ShouldBe(unread.GetProperty("items").GetArrayLength());

        await SweepAsync("2026-03-20");
        (await NotificationsAsync(_c.Tax, 1)).Count(n => n.Contains("解除税收保全措施", StringComparison.Ordinal)).ShouldBe(2); // one overdue notice, not one a day
    }

    [Fact]
    public async Task Two_hosts_sweeping_at_once_send_each_notice_once()
    {
        await ItemsOfAsync(await _c.AcceptedCaseAsync(2, "2026-05-04"), CoordinationCounty.AcceptanceItems);
        var clock = Clock("2026-05-20"); // most acceptance items are overdue by then; tax's claims (due 06-03) are not
        var sweep = host.Services.GetRequiredService<ReminderSweep>();

        var results = await Task.WhenAll(
            Task.Run(() => sweep.RunAsync(clock, null, _ct, [_c.County.Id]), _ct),
            Task.Run(() => sweep.RunAsync(clock, null, _ct, [_c.County.Id]), _ct));
        await sweep.RunAsync(clock, null, _ct, [_c.County.Id]);

        results.Count(r => r is null).ShouldBeLessThanOrEqualTo(1); // the second host found the lock taken, or came after
        (await DuplicateNoticesAsync()).ShouldBe(0);
        (await NotificationsAsync(_c.Tax, 2)).ShouldHaveSingleItem().ShouldStartWith("逾期：解除税收保全措施"); // once, though two hosts swept
    }

    [Fact]
    public async Task A_sweep_stopped_half_way_resumes_on_the_next_run_without_repeating()
    {
        await ItemsOfAsync(await _c.AcceptedCaseAsync(3, "2026-06-01"), CoordinationCounty.AcceptanceItems);
        var clock = Clock("2026-06-03");
        var sweep = host.Services.GetRequiredService<ReminderSweep>();
        int dueBefore;
        using (host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id))
        {
            await using var scope = host.Services.CreateAsyncScope();
            dueBefore = await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Items
                .CountAsync(i => i.IsOpen && i.NextReminderOn <= new DateOnly(2026, 6, 3), _ct);
        }

        dueBefore.ShouldBeGreaterThan(2);
        using var stop = new CancellationTokenSource();
        var first = new StopAfter(1, stop);
        await Should.ThrowAsync<OperationCanceledException>(async () => // the host stops (after waiting while another sweep holds the lock)
        {
            while (await sweep.RunAsync(clock, first, stop.Token, [_c.County.Id]) is null)
            {
                await Task.Delay(50, stop.Token);
            }
        });
        first.Count.ShouldBe(1);

        var rest = new StopAfter(int.MaxValue, null);
        await Eventually.HoldsAsync(async () => await sweep.RunAsync(clock, rest, _ct, [_c.County.Id]) is not null); // after the restart
        (1 + rest.Count).ShouldBeGreaterThanOrEqualTo(dueBefore);
        (await DuplicateNoticesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_reassigned_item_reminds_its_new_unit_and_a_holiday_on_the_due_date_moves_the_reminder()
    {
        var items = await ItemsOfAsync(await _c.AcceptedCaseAsync(4, "2026-03-02"), CoordinationCounty.AcceptanceItems);
        var claims = items.Single(i => i.GetProperty("kind").GetString() == "tax.declare_claims");
        var id = claims.GetProperty("id").GetGuid();
        claims.GetProperty("dueOn").GetString().ShouldBe("2026-04-01"); // 30 days; reminder Monday 03-30

        (await _c.StepAsync(_c.Office, id, "reassign", new { unitId = _c.Units["MarketRegulation"] })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var admin = host.CreateClient(await host.CreateUserAsync(_c.County, PlatformPermissions.CalendarView, PlatformPermissions.CalendarManage)))
        {
            (await admin.PostAsJsonAsync("/api/platform/holidays", new { date = "2026-04-01", kind = "DayOff", note = "地方假日" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await Eventually.HoldsAsync(async () => (await _c.ItemAsync(_c.Office, id)).GetProperty("dueOn").GetString() == "2026-04-02");

        await SweepAsync("2026-03-27");
        (await NotificationsAsync(_marketUser, 4)).ShouldNotContain(n => n.Contains("申报税收", StringComparison.Ordinal));
        await SweepAsync("2026-03-30"); // two working days before Thursday 04-02: Tuesday 03-31 and Monday 03-30
        (await NotificationsAsync(_marketUser, 4)).Where(n => n.Contains("申报税收", StringComparison.Ordinal)).ShouldHaveSingleItem()
            .ShouldBe($"提醒：申报税收及社会保险费债权（洛阳某某有限公司，统一社会信用代码 91350100M000100Y43，(2026){_c.County.CourtCode}破申4号）应于 2026-04-02 前办结。"); // names the company
        (await NotificationsAsync(_c.Tax, 4)).ShouldNotContain(n => n.Contains("申报税收", StringComparison.Ordinal)); // the old unit hears nothing of it
    }

    [Fact]
    public async Task An_overdue_notice_is_mailed_to_the_units_notice_address_at_least_once_when_smtp_is_configured()
    {
        using (var admin = host.CreateClient(await host.CreateUserAsync(_c.County, PlatformPermissions.UnitsView, PlatformPermissions.UnitsManage)))
        {
            var unit = await admin.GetAsync($"/api/platform/units/{_c.Units["Tax"]}", _ct);
            var named = await _c.SendAsync(admin, HttpMethod.Put, $"/api/platform/units/{_c.Units["Tax"]}", unit.Headers.ETag!.Tag,
                new { name = (await _c.JsonAsync(unit)).GetProperty("name").GetString(), accountableHead = "张局长", isActive = true, noticeEmail = "tax@ly.gov.cn" });
            named.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ItemsOfAsync(await _c.AcceptedCaseAsync(5, "2026-07-01"), CoordinationCounty.AcceptanceItems); // lift preservation due Mon 07-06
        await SweepAsync("2026-07-07");
        var sender = host.Services.GetRequiredService<EmailSender>();
        var clock = Clock("2026-07-07");

        (await sender.SendPendingAsync(new SmtpSettings(null), clock, _ct, [_c.County.Id])).ShouldBe(0); // not configured: queued, not sent
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var deadPort = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        (await sender.SendPendingAsync(new SmtpSettings("127.0.0.1", deadPort), clock, _ct, [_c.County.Id])).ShouldBe(0); // the server is down: kept for later
        await using (var sink = new SmtpSink())
        {
            var settings = new SmtpSettings("127.0.0.1", sink.Port, "notice@liandong.local");
            (await sender.SendPendingAsync(settings, clock, _ct, [_c.County.Id])).ShouldBeGreaterThan(0);
            sink.Received.Where(m => m.To == "tax@ly.gov.cn").ShouldNotBeEmpty();
            (await sender.SendPendingAsync(settings, clock, _ct, [_c.County.Id])).ShouldBe(0); // sent ones are not sent again
        }

        using (host.Services.GetRequiredService<ICurrentTenant>().Change(_c.County.Id))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var mails = await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Emails.AsNoTracking().Where(m => m.To == "tax@ly.gov.cn").ToListAsync(_ct);
            mails.ShouldContain(m => m.Body.StartsWith("逾期：解除税收保全措施（洛阳某某有限公司，统一社会信用代码 91350100M000100Y43，", StringComparison.Ordinal) && m.Body.Contains("张局长", StringComparison.Ordinal));
            mails.ShouldAllBe(m => m.SentAt != null);
        }
    }

    private sealed class StopAfter(int limit, CancellationTokenSource? stop) : IProgress<Guid>
    {
        public int Count { get; private set; }

        public void Report(Guid value)
        {
            if (++Count >= limit)
            {
                stop?.Cancel();
            }
        }
    }

    private static FakeTimeProvider Clock(string date) =>
        new(new DateTimeOffset(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime()); // 09:00 in China

    /// <summary>Sweeps this class's county on <paramref name="date"/>, waiting while another class's sweep holds the lock.</summary>
    private async Task SweepAsync(string date)
    {
        var sweep = host.Services.GetRequiredService<ReminderSweep>();
        await Eventually.HoldsAsync(async () => await sweep.RunAsync(Clock(date), null, _ct, [_c.County.Id]) is not null);
    }

    private async Task<List<JsonElement>> ItemsOfAsync(Guid caseId, int count)
    {
        List<JsonElement> items = [];
        await Eventually.HoldsAsync(async () => (items = await _c.ItemsAsync(_c.Judge, $"/api/coordination/items?caseId={caseId}&limit=200")).Count == count);
        return items;
    }

    /// <summary>The user's notifications about case <paramref name="sequence"/> of this class, newest first.</summary>
    private async Task<List<string>> NotificationsAsync(HttpClient client, int sequence) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/coordination/notifications", _ct)).GetProperty("items").EnumerateArray()
            .Select(n => n.GetProperty("text").GetString()!).Where(t => t.Contains($"破申{sequence}号", StringComparison.Ordinal))];

    private async Task<int> DuplicateNoticesAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM (SELECT user_id, item_id, text FROM coordination.notifications WHERE tenant_id = @t GROUP BY 1, 2, 3 HAVING count(*) > 1) d", connection);
        command.Parameters.AddWithValue("t", _c.County.Id);
        return Convert.ToInt32(await command.ExecuteScalarAsync(_ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
