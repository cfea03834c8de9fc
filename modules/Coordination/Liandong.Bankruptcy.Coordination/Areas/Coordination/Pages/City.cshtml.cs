using Liandong.Bankruptcy.Coordination.Features.Assessment;
using Liandong.Bankruptcy.Coordination.Features.Assessment.City;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>The city supervisor's view (host side): every county's counters over a period, per unit; counts only.</summary>
[RequirePermission(CoordinationPermissions.CityCounters)]
internal sealed class CityModel(CityCounters counters, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<CountyCounters> Counties { get; private set; } = [];

    /// <summary>Each county's items assigned, completed and completed on time over the period.</summary>
    public Chart? Chart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var period = From is { } f && To is { } t && t >= f ? (f, t) : AssessmentFigures.Period(null, null, clock.Today());
        (From, To) = period;
        Counties = await counters.ReadAsync(period, cancellationToken);
        var l = ModuleMessages.For(HttpContext);
        Chart = new Chart("city-chart", l["page.city.chart"], ChartKind.Bar, l["page.city.county"], [.. Counties.Select(c => c.Name)],
        [
            new ChartSeries(l["page.city.assigned"], [.. Counties.Select(c => (decimal?)c.Assigned)]),
            new ChartSeries(l["page.city.completed"], [.. Counties.Select(c => (decimal?)c.Completed)]),
            new ChartSeries(l["page.city.on_time"], [.. Counties.Select(c => (decimal?)c.OnTime)]),
        ]);
    }
}
