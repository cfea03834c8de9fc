using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Cases.Features.Deadlines.Open;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Platform.Ui;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// The judge's desk (the home page of users who advance cases): the cases they preside over or sit on the panel of (as
/// the court's member, whatever their name), those cases' overdue and upcoming deadlines (30 days ahead), and the
/// other modules' sections on those cases (<see cref="DeskPanel"/>: the member units' items …).
/// </summary>
[RequirePermission(CasesPermissions.Advance)]
internal sealed class HomeModel(
    CaseList list, OpenDeadlines open, IAuditContext audit, TimeProvider clock, IEnumerable<DeskPanel> panels, IPermissionChecker permissions) : PageModel
{
    /// <summary>The sections of other modules the judge may see, in order.</summary>
    public IReadOnlyList<DeskPanel> Panels { get; private set; } = [];

    /// <summary>The judge's cases the sections show (most recent first, at most <see cref="DeskPanel.MaxCases"/>).</summary>
    public IReadOnlyList<Guid> CaseIds { get; private set; } = [];

    /// <summary>The judge's cases by state (all of them, not only the first page).</summary>
    public Chart? ByState { get; private set; }

    /// <summary>The open deadlines of the judge's cases: overdue, then by the week they fall due in.</summary>
    public Chart? ByWeek { get; private set; }

    /// <summary>The signed-in judge (none for a user outside the county's members: then the desk is empty).</summary>
    public Guid Judge { get; private set; }

    public ListResponse<CaseSummary> Cases { get; private set; } = new([], null);

    public IReadOnlyList<OpenDeadlineDto> Overdue { get; private set; } = [];

    public IReadOnlyList<OpenDeadlineDto> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Judge = audit.UserId ?? Guid.Empty;
        Cases = await list.ListAsync(new PageRequest(PageRequest.DefaultLimit, null), new CaseFilter(null, null, Judge, null, null), cancellationToken);
        var deadlines = await open.ListAsync(null, Judge, new PageRequest(PageRequest.MaxLimit, null), cancellationToken);
        Overdue = [.. deadlines.Items.Where(d => d.Overdue)];
        Upcoming = [.. deadlines.Items.Where(d => !d.Overdue)];
        var visible = new List<DeskPanel>();
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            if (await permissions.IsGrantedAsync(User, panel.Permission, cancellationToken))
            {
                visible.Add(panel);
            }
        }

        Panels = visible;
        CaseIds = visible.Count == 0 ? [] : await list.Filtered(new CaseFilter(null, null, Judge, null, null), DateOnly.MinValue)
            .OrderByDescending(c => c.Id).Select(c => c.Id).Take(DeskPanel.MaxCases).ToListAsync(cancellationToken);

        var t = ModuleMessages.For(HttpContext);
        var states = (await list.Filtered(new CaseFilter(null, null, Judge, null, null), DateOnly.MinValue)
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
