using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Tax.Areas.Tax.Pages;

/// <summary>The tax officer's (and the firm's) cases by case number, a page at a time (or only those with work open): each tax file with what is open on it.</summary>
[RequirePermission(TaxPermissions.View)]
internal sealed class IndexModel(TaxCaseReader files) : PageModel
{
    public ListResponse<TaxCaseSummaryDto> Cases { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = await files.ListAsync(new PageRequest(PageRequest.DefaultLimit, Cursor), Open, cancellationToken);
}
