using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Assessment;
using Liandong.Bankruptcy.Coordination.Features.Assessment.Record;
using Liandong.Bankruptcy.Coordination.Features.Assessment.Report;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>Supervision and assessment over a period (the current half-year by default): the table, the records, the report downloads.</summary>
[RequirePermission(CoordinationPermissions.Assessment)]
[PostRequiresPermission(CoordinationPermissions.RecordAssessment)]
internal sealed class AssessmentModel(AssessmentFigures figures, IUnitDirectory units) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public AssessmentDto Figures { get; private set; } = null!;

    public IReadOnlyList<IReadOnlyList<string>> Table { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public bool CanRecord { get; private set; }

    /// <summary>Each unit's on-time rate over the period (units that completed something).</summary>
    public Chart? OnTimeByUnit { get; private set; }

    /// <summary>The county's on-time rate month by month.</summary>
    public Chart? Trend { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(RecordRequest record, [FromServices] RecordAssessment handler, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.RecordAssessment, record, () => handler.HandleAsync(record, cancellationToken),
            () => LoadAsync(cancellationToken), cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Figures = await figures.ComputeAsync(From, To, cancellationToken);
        }
        catch (ValidationException)
        {
            ModelState.AddModelError("to", ModuleMessages.For(HttpContext)["validation.invalid_value"]);
            (From, To) = (null, null);
            Figures = await figures.ComputeAsync(null, null, cancellationToken);
        }

        (From, To) = (Figures.From, Figures.To);
        Table = AssessmentReport.Table(Figures);
        var t = ModuleMessages.For(HttpContext);
        var rated = Figures.Units.Where(u => u.Completed > 0).OrderBy(u => AssessmentFigures.OnTimeRate(u.Completed, u.OnTime)).ToList();
        OnTimeByUnit = new Chart("on-time-by-unit", t["page.assessment.chart_units"], ChartKind.Bar, t["page.item.unit"],
            [.. rated.Select(u => u.UnitName)], [new ChartSeries(t["page.assessment.on_time_rate"], [.. rated.Select(u => AssessmentFigures.OnTimeRate(u.Completed, u.OnTime))])], "%");
        var months = await figures.MonthlyAsync(Figures.From, Figures.To, cancellationToken);
        Trend = new Chart("on-time-trend", t["page.assessment.chart_trend"], ChartKind.Line, t["page.assessment.month"],
            [.. months.Select(m => m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))],
            [new ChartSeries(t["page.assessment.on_time_rate"], [.. months.Select(m => AssessmentFigures.OnTimeRate(m.Completed, m.OnTime))])], "%");
        CanRecord = await MayAsync(CoordinationPermissions.RecordAssessment, cancellationToken);
        Units = CanRecord ? await units.ActiveAsync(cancellationToken) : [];
    }
}
