using Liandong.Bankruptcy.Assets.Features.Files;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Assets.Areas.Assets.Pages;

/// <summary>The estates of the county (the firm's, for its users) by case number, a page at a time, with open inquiries and pending sales.</summary>
[RequirePermission(AssetsPermissions.View)]
internal sealed class IndexModel(AssetFileReader files) : PageModel
{
    public ListResponse<AssetFileSummaryDto> Files { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Files = await files.ListAsync(new PageRequest(PageRequest.DefaultLimit, Cursor), cancellationToken);
}
