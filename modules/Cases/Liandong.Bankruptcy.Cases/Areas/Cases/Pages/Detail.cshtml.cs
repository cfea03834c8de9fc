using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Features.Deadlines;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Features.Settings;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// One case: its tracks and key dates, debtors, deadlines (each open one can be marked met), the timeline, other
/// modules' panels, and the judge's forms: the steps the law allows from its state, the claim period, the administrator.
/// </summary>
[RequirePermission(CasesPermissions.View)]
[PostRequiresPermission(CasesPermissions.Advance)]
internal sealed class DetailModel(
    IDbContextOutbox<CasesDbContext> outbox, IAuditContext audit, TimeProvider clock, IHolidayCalendar calendar, IPermissionChecker permissions,
    IUnitDirectory units, IEnumerable<CasePanel> panels) : PageModel
{
    public BankruptcyCase Case { get; private set; } = null!;

    public IReadOnlyList<CaseStepDto> Timeline { get; private set; } = [];

    public IReadOnlyList<(CaseAction Action, LegalBasis Basis)> Actions { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Firms { get; private set; } = [];

    public IReadOnlyList<CasePanel> Panels { get; private set; } = [];

    public bool CanAdvance { get; private set; }

    public bool LongPending { get; private set; }

    public bool CanSeeCreditors { get; private set; }

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

    [BindProperty]
    public bool Interim { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var parts = (Step ?? "").Split(':');
        CaseAction? action = parts.Length == 2 && Enum.TryParse<CaseAction>(parts[0], out var a) ? a : null;
        LegalBasis? basis = parts.Length == 2 && Enum.TryParse<LegalBasis>(parts[1], out var b) ? b : null;
        var request = new TransitionRequest(action, basis, Ruling);
        return ChangeAsync(id, request, () => TransitionEndpoints.AdvanceAsync(id, Version, request, outbox, audit, clock, calendar, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostClaimPeriodAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new ClaimPeriodRequest(AnnouncedOn, ClaimDeadline);
        return ChangeAsync(id, request, () => ClaimPeriodEndpoint.SetAsync(id, Version, request, outbox.DbContext, calendar, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostMetAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new MeetDeadlineRequest(MetOn);
        return ChangeAsync(id, request, () => DeadlineEndpoints.MeetAsync(id, Version, Kind ?? "", request, outbox.DbContext, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostAppointAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new AppointAdministratorRequest(FirmId, Interim, Ruling);
        return ChangeAsync(id, request, () => AdministratorEndpoint.AppointAsync(id, Version, request, outbox, units, audit, clock, cancellationToken), cancellationToken);
    }

    /// <summary>Validates, runs the same code as the API, and shows the case again (with the errors when it refused).</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Platform.Http.IValidatable request, Func<Task> change, CancellationToken cancellationToken)
    {
        var localizer = ModuleMessages.For(HttpContext);
        if (PageErrors.Validate(request, ModelState, localizer) && await PageErrors.TryAsync(change, ModelState, localizer))
        {
            return Redirect($"/cases/{id}");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        Case = await CaseEndpoints.FindAsync(id, db, cancellationToken);
        Timeline = await TransitionEndpoints.TimelineAsync(id, db, cancellationToken);
        Actions = [.. CaseTransitions.From(Case.State)];
        CanAdvance = await permissions.IsGrantedAsync(User, CasesPermissions.Advance, cancellationToken);
        CanSeeCreditors = await permissions.IsGrantedAsync(User, CasesPermissions.Claims, cancellationToken);
        Firms = CanAdvance ? await units.ActiveAsync(UnitKind.AdministratorFirm, cancellationToken) : [];
        LongPending = Case.IsLongPending((await CaseSettingsEndpoints.CurrentAsync(db, cancellationToken)).LongPendingThreshold(clock.Today()));
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
}
