using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>The county's cases, filtered by state, procedure, judge, overdue deadlines, long-pending and cases without a judge of the court (with a count for those who name judges); keyset pages; the spreadsheet export.</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class IndexModel(CaseList list, IPermissionChecker permissions, Features.Judges.CourtJudges judges) : PageModel
{
    public ListResponse<CaseSummary> Cases { get; private set; } = new([], null);

    public bool CanRegister { get; private set; }

    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public Procedure? Procedure { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? JudgeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool WithoutJudge { get; set; }

    /// <summary>The court's judges, to filter by.</summary>
    public IReadOnlyList<Platform.Modules.MemberName> Judges { get; private set; } = [];

    /// <summary>For those who name judges: how many open cases have no presiding judge from the court (shown with a link to them).</summary>
    public int? CasesWithoutJudge { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool LongPending { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    /// <summary>The current filters as a query string (for the next page and the export).</summary>
    public string FilterQuery => QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new("state", State?.ToString()), new("procedure", Procedure?.ToString()), new("judgeId", JudgeId?.ToString()), new("withoutJudge", WithoutJudge ? "true" : null),
        new("overdue", Overdue ? "true" : null), new("longPending", LongPending ? "true" : null),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString().TrimStart('?');

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cases = await list.ListAsync(
            new PageRequest(PageRequest.DefaultLimit, Cursor), new CaseFilter(State, Procedure, JudgeId, Overdue ? true : null, LongPending ? true : null, WithoutJudge ? true : null),
            cancellationToken);
        CanRegister = await permissions.IsGrantedAsync(User, CasesPermissions.Register, cancellationToken);
        Judges = await judges.ListAsync(cancellationToken);
        if (await permissions.IsGrantedAsync(User, CasesPermissions.AssignJudges, cancellationToken))
        {
            CasesWithoutJudge = await list.Filtered(new CaseFilter(null, null, null, null, null, WithoutJudge: true), DateOnly.MinValue).CountAsync(cancellationToken);
        }
    }
}
