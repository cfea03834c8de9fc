using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Localization;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>The county's cases, filtered by state, procedure, judge and overdue deadlines, and the form to register one (one debtor; more by the API).</summary>
[RequirePermission(CasesPermissions.View)]
[PostRequiresPermission(CasesPermissions.Register)]
internal sealed class IndexModel(
    IDbContextOutbox<CasesDbContext> outbox, ICountyRegistry counties, ICurrentTenant tenant, IPermissionChecker permissions, TimeProvider clock) : PageModel
{
    public ListResponse<CaseSummary> Cases { get; private set; } = new([], null);

    public bool CanRegister { get; private set; }

    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public Procedure? Procedure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Judge { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public Procedure? NewProcedure { get; set; }

    [BindProperty]
    public string? PresidingJudge { get; set; }

    [BindProperty]
    public string? DebtorName { get; set; }

    [BindProperty]
    public string? Uscc { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new RegisterCaseRequest(CaseNumber, NewProcedure, PresidingJudge, [new DebtorRequest(DebtorName, Uscc, null, null, null)]);
        BankruptcyCase? registered = null;
        var localizer = ModuleMessages.For(HttpContext);
        if (PageErrors.Validate(request, ModelState, localizer) &&
            await PageErrors.TryAsync(
                async () => registered = await CaseEndpoints.RegisterAsync(request, outbox, counties, tenant, cancellationToken), ModelState, localizer))
        {
            return Redirect($"/cases/{registered!.Id}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cases = await CaseEndpoints.ListAsync(
            new PageRequest(PageRequest.DefaultLimit, Cursor), new CaseFilter(State, Procedure, Judge, Overdue ? true : null), outbox.DbContext, clock, cancellationToken);
        CanRegister = await permissions.IsGrantedAsync(User, CasesPermissions.Register, cancellationToken);
    }
}
