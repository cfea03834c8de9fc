using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Wages.Areas.Wages.Pages;

/// <summary>The county's employee claims lists (the firm's, for its users) by case number, a page at a time; a case's list is begun from its wages tab.</summary>
[RequirePermission(WagesPermissions.View)]
internal sealed class IndexModel(WageFileReader files) : PageModel
{
    public ListResponse<WageFileSummaryDto> Files { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Files = await files.ListAsync(new PageRequest(PageRequest.DefaultLimit, Cursor), cancellationToken);
}
