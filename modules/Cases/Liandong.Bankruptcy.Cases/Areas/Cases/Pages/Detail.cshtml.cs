using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>One case: debtors, deadlines, the timeline, and the steps the law allows from its state.</summary>
[RequirePermission(CasesPermissions.View)]
[PostRequiresPermission(CasesPermissions.Advance)]
internal sealed class DetailModel(
    IDbContextOutbox<CasesDbContext> outbox, IAuditContext audit, TimeProvider clock, IHolidayCalendar calendar, IPermissionChecker permissions) : PageModel
{
    public BankruptcyCase Case { get; private set; } = null!;

    public IReadOnlyList<CaseStepDto> Timeline { get; private set; } = [];

    public IReadOnlyList<(CaseAction Action, LegalBasis Basis)> Actions { get; private set; } = [];

    public bool CanAdvance { get; private set; }

    [BindProperty]
    public uint Version { get; set; }

    /// <summary>The chosen step as "Action:Basis".</summary>
    [BindProperty]
    public string? Step { get; set; }

    [BindProperty]
    public string? RulingNumber { get; set; }

    [BindProperty]
    public DateOnly? RulingDate { get; set; }

    [BindProperty]
    public string? RulingKind { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var parts = (Step ?? "").Split(':');
        CaseAction? action = parts.Length == 2 && Enum.TryParse<CaseAction>(parts[0], out var a) ? a : null;
        LegalBasis? basis = parts.Length == 2 && Enum.TryParse<LegalBasis>(parts[1], out var b) ? b : null;
        var request = new TransitionRequest(action, basis, new RulingRequest(RulingNumber, RulingDate, RulingKind));
        var localizer = ModuleMessages.For(HttpContext);
        if (PageErrors.Validate(request, ModelState, localizer) &&
            await PageErrors.TryAsync(() => TransitionEndpoints.AdvanceAsync(id, Version, request, outbox, audit, clock, calendar, cancellationToken), ModelState, localizer))
        {
            return Redirect($"/cases/{id}");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await CaseEndpoints.FindAsync(id, outbox.DbContext, cancellationToken);
        Timeline = await TransitionEndpoints.TimelineAsync(id, outbox.DbContext, cancellationToken);
        Actions = [.. CaseTransitions.From(Case.State)];
        CanAdvance = await permissions.IsGrantedAsync(User, CasesPermissions.Advance, cancellationToken);
    }
}
