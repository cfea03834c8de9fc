using Liandong.Bankruptcy.Credit.Features.Files;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Credit.Areas.Credit.Pages;

/// <summary>The credit files of the county (the firm's, for its users): those with a unit's work open first, with how many measures stand where.</summary>
[RequirePermission(CreditPermissions.View)]
internal sealed class IndexModel(CreditFileReader files) : PageModel
{
    public IReadOnlyList<CreditFileSummaryDto> Files { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Files = await files.ListAsync(Features.Files.Get.CreditFileEndpoints.MaxList, cancellationToken);
}
