using Liandong.Bankruptcy.Cases.Features.Deadlines.Open;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>The county's open deadlines due by a date (default: 30 days ahead), overdue marked, of one judge's cases when asked; keyset pages.</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class DeadlinesModel(OpenDeadlines open) : PageModel
{
    public ListResponse<OpenDeadlineDto> Deadlines { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public DateOnly? Until { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Judge { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Deadlines = await open.ListAsync(Until, Judge, new PageRequest(PageRequest.DefaultLimit, Cursor), cancellationToken);
}
