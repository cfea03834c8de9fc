using Liandong.Bankruptcy.Cases.Features.Deadlines.Open;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>The county's open deadlines due by a date (default: 30 days ahead), overdue marked, of one judge's cases when asked; keyset pages.</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class DeadlinesModel(OpenDeadlines open, Features.Judges.CourtJudges judges) : PageModel
{
    public ListResponse<OpenDeadlineDto> Deadlines { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public DateOnly? Until { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? JudgeId { get; set; }

    /// <summary>The court's judges, to filter by.</summary>
    public IReadOnlyList<Platform.Modules.MemberName> Judges { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Deadlines = await open.ListAsync(Until, JudgeId, new PageRequest(PageRequest.DefaultLimit, Cursor), cancellationToken);
        Judges = await judges.ListAsync(cancellationToken);
    }
}
