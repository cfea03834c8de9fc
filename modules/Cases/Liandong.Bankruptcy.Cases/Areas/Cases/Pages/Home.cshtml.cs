using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Cases.Features.Deadlines.Open;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Platform.Ui;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// The judge's desk (the home page of users who advance cases): the cases they preside over (by the name the county
/// knows them by), and those cases' overdue and upcoming deadlines (30 days ahead).
/// </summary>
[RequirePermission(CasesPermissions.Advance)]
internal sealed class HomeModel(
    CaseList list, OpenDeadlines open, IAuditContext audit, IMemberDirectory members, Persistence.CasesDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The judge's cases by state (all of them, not only the first page).</summary>
    public Chart? ByState { get; private set; }

    /// <summary>The open deadlines of the judge's cases: overdue, then by the week they fall due in.</summary>
    public Chart? ByWeek { get; private set; }

    public string? Judge { get; private set; }

    public ListResponse<CaseSummary> Cases { get; private set; } = new([], null);

    public IReadOnlyList<OpenDeadlineDto> Overdue { get; private set; } = [];

    public IReadOnlyList<OpenDeadlineDto> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Judge = audit.UserId is { } me ? await members.DisplayNameAsync(me, cancellationToken) : null;
        Cases = await list.ListAsync(new PageRequest(PageRequest.DefaultLimit, null), new CaseFilter(null, null, Judge ?? "", null, null), cancellationToken);
        var deadlines = await open.ListAsync(null, Judge ?? "", new PageRequest(PageRequest.MaxLimit, null), cancellationToken);
        Overdue = [.. deadlines.Items.Where(d => d.Overdue)];
        Upcoming = [.. deadlines.Items.Where(d => !d.Overdue)];

        var t = ModuleMessages.For(HttpContext);
        var states = (await db.Cases.AsNoTracking().Where(c => c.PresidingJudge == (Judge ?? ""))
                .GroupBy(c => c.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(g => g.Key).ToList();
        ByState = new Chart("cases-by-state", t["page.home.by_state"], ChartKind.Pie, t["page.cases.state"],
            [.. states.Select(s => t["CaseState." + s.Key].Value)], [new ChartSeries(t["page.home.cases"], [.. states.Select(s => (decimal?)s.Count)])]);

        // Weeks start on Monday (周一), as a Chinese court's calendar does; the first is this week.
        var today = clock.Today();
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weeks = Enumerable.Range(0, 5).Select(w => monday.AddDays(7 * w)).ToList();
        var categories = new List<string> { t["page.home.overdue_short"] };
        categories.AddRange(weeks.Select(w => t["page.home.week_of", w.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)].Value));
        var counts = new List<decimal?> { Overdue.Count };
        counts.AddRange(weeks.Select(w => (decimal?)Upcoming.Count(d => d.Due >= w && d.Due < w.AddDays(7))));
        ByWeek = new Chart("deadlines-by-week", t["page.home.by_week"], ChartKind.Bar, t["page.home.week"], categories,
            [new ChartSeries(t["page.home.deadlines"], counts)]);
    }
}
