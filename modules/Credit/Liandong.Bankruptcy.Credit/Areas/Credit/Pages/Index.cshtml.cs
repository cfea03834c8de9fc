using Liandong.Bankruptcy.Credit.Features.Files;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Credit.Areas.Credit.Pages;

/// <summary>The credit files of the county (the firm's, for its users) by case number, a page at a time (or only those with a unit's work open), with how many measures stand where.</summary>
[RequirePermission(CreditPermissions.View)]
internal sealed class IndexModel(CreditFileReader files) : PageModel
{
    public ListResponse<CreditFileSummaryDto> Files { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Files = await files.ListAsync(new PageRequest(PageRequest.DefaultLimit, Cursor), Open, cancellationToken);
}
