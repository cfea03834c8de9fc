using Liandong.Bankruptcy.Cases.Features.Judges;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Features.Advance.Administrator;
using Liandong.Bankruptcy.Cases.Features.Advance.Advance;
using Liandong.Bankruptcy.Cases.Features.Advance.ClaimPeriod;
using Liandong.Bankruptcy.Cases.Features.Advance.Timeline;
using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Cases.Features.Deadlines.Meet;
using Liandong.Bankruptcy.Cases.Features.Settings;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// One case: its tracks and key dates, debtors, deadlines (each open one can be marked met), the timeline, other
/// modules' panels, and the judge's forms: the steps the law allows from its state, the claim period, the administrator.
/// </summary>
[RequirePermission(CasesPermissions.View)]
[PostRequiresPermission(CasesPermissions.Advance)]
internal sealed class DetailModel(
    CaseReader cases, CaseTimeline timeline, CasesDbContext db, TimeProvider clock, IPermissionChecker permissions, IUnitDirectory units,
    IEnumerable<CasePanel> panels, IMemberDirectory members, CourtJudges judges) : FormPage
{
    /// <summary>Who took each step, by the name the county knows them by.</summary>
    public IReadOnlyDictionary<Guid, string> Actors { get; private set; } = new Dictionary<Guid, string>();

    public BankruptcyCase Case { get; private set; } = null!;

    public IReadOnlyList<CaseStepDto> Timeline { get; private set; } = [];

    public IReadOnlyList<(CaseAction Action, LegalBasis Basis)> Actions { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Firms { get; private set; } = [];

    public IReadOnlyList<CasePanel> Panels { get; private set; } = [];

    public bool CanAdvance { get; private set; }

    public bool LongPending { get; private set; }

    public bool CanSeeCreditors { get; private set; }

    /// <summary>The claims register in brief, per priority class (count, declared, counted): the 债权 tab.</summary>
    public IReadOnlyList<(Domain.Claims.PriorityClass Priority, int Count, decimal Declared, decimal Counted)> ClaimTotals { get; private set; } = [];

    /// <summary>The creditors' meetings (number, date, resolutions adopted of resolutions): the 债权人会议 tab.</summary>
    public IReadOnlyList<(Guid Id, int Number, DateOnly HeldOn, int Adopted, int Resolutions)> Meetings { get; private set; } = [];

    /// <summary>How long each step of the case took (days from the previous ruling, the first from the receipt): the timeline's chart.</summary>
    public Platform.Ui.Chart? StepChart { get; private set; }

    [BindProperty]
    public uint Version { get; set; }

    /// <summary>The chosen step as "Action:Basis".</summary>
    [BindProperty]
    public string? Step { get; set; }

    [BindProperty]
    public RulingRequest Ruling { get; set; } = new(null, null, null);

    [BindProperty]
    public DateOnly? AnnouncedOn { get; set; }

    [BindProperty]
    public DateOnly? ClaimDeadline { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateOnly? MetOn { get; set; }

    [BindProperty]
    public Guid? FirmId { get; set; }

    /// <summary>Who applied for a conversion (arts. 70(2), 95), with an investor's capital and the registered capital.</summary>
    [BindProperty]
    public ConversionApplicant? AppliedBy { get; set; }

    [BindProperty]
    public decimal? CapitalHeld { get; set; }

    [BindProperty]
    public decimal? RegisteredCapital { get; set; }

    /// <summary>The plan vote an approval follows, as "meetingId:resolution".</summary>
    [BindProperty]
    public string? PlanVote { get; set; }

    [BindProperty]
    public DateOnly? SupervisionUntil { get; set; }

    /// <summary>Other open cases of the county with one of this case's debtors (by credit code): a duplicate registration, or a related case.</summary>
    public IReadOnlyList<(Guid Id, string CaseNumber)> SameDebtorCases { get; private set; } = [];

    /// <summary>The case's closed plan votes an approval may follow: meeting, resolution, and whether adopted or ruled on (arts. 86, 87).</summary>
    public IReadOnlyList<(Guid MeetingId, int MeetingNumber, int Resolution, bool Adopted)> PlanVotes { get; private set; } = [];

    [BindProperty]
    public bool Interim { get; set; }

    /// <summary>For those who name judges: the court's judges to pick from (empty otherwise).</summary>
    public IReadOnlyList<MemberName> Judges { get; private set; } = [];

    [BindProperty]
    public Guid? PresidingJudgeId { get; set; }

    [BindProperty]
    public List<Guid> PanelIds { get; set; } = [];

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostJudgesAsync(Guid id, [FromServices] AssignJudges assign, CancellationToken cancellationToken)
    {
        var request = new AssignJudgesRequest(PresidingJudgeId, PanelIds);
        return SubmitAsync(CasesPermissions.AssignJudges, request, () => assign.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(Guid id, [FromServices] AdvanceCase advance, CancellationToken cancellationToken)
    {
        var parts = (Step ?? "").Split(':');
        CaseAction? action = parts.Length == 2 && Enum.TryParse<CaseAction>(parts[0], out var a) ? a : null;
        LegalBasis? basis = parts.Length == 2 && Enum.TryParse<LegalBasis>(parts[1], out var b) ? b : null;
        var vote = (PlanVote ?? "").Split(':');
        var planVote = vote.Length == 2 && Guid.TryParse(vote[0], out var meetingId) && int.TryParse(vote[1], out var number)
            ? new PlanVoteRequest(meetingId, number) : null;
        var request = new TransitionRequest(action, basis, Ruling, AppliedBy, CapitalHeld, RegisteredCapital, planVote, SupervisionUntil);
        return SubmitAsync(CasesPermissions.Advance, request, () => advance.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostClaimPeriodAsync(Guid id, [FromServices] SetClaimPeriod set, CancellationToken cancellationToken)
    {
        var request = new ClaimPeriodRequest(AnnouncedOn, ClaimDeadline);
        return SubmitAsync(CasesPermissions.Advance, request, () => set.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostMetAsync(Guid id, [FromServices] MeetDeadline meet, CancellationToken cancellationToken)
    {
        var request = new MeetDeadlineRequest(MetOn);
        return SubmitAsync(CasesPermissions.Advance, request, () => meet.HandleAsync(id, Version, Kind ?? "", request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostAppointAsync(Guid id, [FromServices] AppointAdministrator appoint, CancellationToken cancellationToken)
    {
        var request = new AppointAdministratorRequest(FirmId, Interim, Ruling);
        return SubmitAsync(CasesPermissions.Advance, request, () => appoint.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await cases.FindAsync(id, cancellationToken);
        Timeline = await timeline.ReadAsync(id, cancellationToken);
        Actors = (await members.NamesAsync([.. Timeline.Select(s => s.By).OfType<Guid>().Distinct()], cancellationToken))
            .ToDictionary(n => n.Key, n => n.Value.ToString()); // who recorded each step: the user and their unit
        Actions = [.. CaseTransitions.From(Case.State)];
        SameDebtorCases = await db.OpenCasesOfDebtorsAsync([.. Case.Debtors.Select(d => d.Uscc)], id, cancellationToken);
        CanAdvance = await permissions.IsGrantedAsync(User, CasesPermissions.Advance, cancellationToken);
        CanSeeCreditors = await permissions.IsGrantedAsync(User, CasesPermissions.Claims, cancellationToken);
        if (CanSeeCreditors)
        {
            ClaimTotals = [.. (await db.Claims.AsNoTracking().Where(c => c.CaseId == id).ToListAsync(cancellationToken))
                .GroupBy(c => c.Priority).OrderBy(g => g.Key)
                .Select(g => (g.Key, g.Count(), g.Sum(c => c.Declared), g.Sum(c => c.Counted)))];
            Meetings = [.. (await db.Meetings.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.Number)
                    .Select(m => new { m.Id, m.Number, m.HeldOn, Adopted = m.Resolutions.Count(r => r.Adopted == true), Resolutions = m.Resolutions.Count })
                    .ToListAsync(cancellationToken))
                .Select(m => (m.Id, m.Number, m.HeldOn, m.Adopted, m.Resolutions))];
        }

        if (Case.State == CaseState.PlanSubmitted)
        {
            PlanVotes = [.. (await db.Meetings.AsNoTracking().Where(m => m.CaseId == id)
                    .SelectMany(m => m.Resolutions.Where(r => r.Kind == Domain.Voting.ResolutionKind.ReorganizationPlan && (r.Adopted == true || r.Ruling != null))
                        .Select(r => new { MeetingId = m.Id, MeetingNumber = m.Number, r.Number, Adopted = r.Adopted == true }))
                    .ToListAsync(cancellationToken))
                .OrderBy(v => v.MeetingNumber).ThenBy(v => v.Number).Select(v => (v.MeetingId, v.MeetingNumber, v.Number, v.Adopted))];
        }

        StepChart = StepDurations(Case, Timeline, HttpContext);
        Firms = CanAdvance ? await units.ActiveAsync(UnitKind.AdministratorFirm, cancellationToken) : [];
        Judges = await permissions.IsGrantedAsync(User, CasesPermissions.AssignJudges, cancellationToken) ? await judges.ListAsync(cancellationToken) : [];
        LongPending = Case.IsLongPending((await db.CurrentSettingsAsync(cancellationToken)).LongPendingThreshold(clock.Today()));
        var visible = new List<CasePanel>();
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            if (await permissions.IsGrantedAsync(User, panel.Permission, cancellationToken))
            {
                visible.Add(panel);
            }
        }

        Panels = visible;
    }

    private static Platform.Ui.Chart? StepDurations(BankruptcyCase c, IReadOnlyList<CaseStepDto> steps, Microsoft.AspNetCore.Http.HttpContext http)
    {
        if (steps.Count == 0)
        {
            return null;
        }

        var t = Platform.Localization.ModuleMessages.For(http);
        var from = c.ReceivedOn ?? steps[0].RulingDate;
        var categories = new List<string>();
        var days = new List<decimal?>();
        foreach (var step in steps)
        {
            categories.Add(step.RulingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + t["CaseAction." + step.Action].Value);
            days.Add(Math.Max(0, step.RulingDate.DayNumber - from.DayNumber));
            from = step.RulingDate > from ? step.RulingDate : from;
        }

        return new Platform.Ui.Chart("step-chart", t["page.cases.step_chart"], Platform.Ui.ChartKind.Bar, t["page.cases.step"], categories,
            [new Platform.Ui.ChartSeries(t["page.cases.days"], days)], t["page.cases.days_unit"]);
    }
}
