using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>The county's cases, filtered by state, procedure, judge, overdue deadlines and long-pending; keyset pages; the spreadsheet export.</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class IndexModel(CaseList list, IPermissionChecker permissions) : PageModel
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
    public bool LongPending { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    /// <summary>The current filters as a query string (for the next page and the export).</summary>
    public string FilterQuery => QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new("state", State?.ToString()), new("procedure", Procedure?.ToString()), new("judge", Judge),
        new("overdue", Overdue ? "true" : null), new("longPending", LongPending ? "true" : null),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString().TrimStart('?');

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cases = await list.ListAsync(
            new PageRequest(PageRequest.DefaultLimit, Cursor), new CaseFilter(State, Procedure, Judge, Overdue ? true : null, LongPending ? true : null), cancellationToken);
        CanRegister = await permissions.IsGrantedAsync(User, CasesPermissions.Register, cancellationToken);
    }
}
