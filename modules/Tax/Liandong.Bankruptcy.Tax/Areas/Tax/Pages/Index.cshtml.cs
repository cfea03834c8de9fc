using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Tax.Areas.Tax.Pages;

/// <summary>The tax officer's (and the firm's) cases: each tax file with what is open on it.</summary>
[RequirePermission(TaxPermissions.View)]
internal sealed class IndexModel(TaxCaseReader files) : PageModel
{
    public IReadOnlyList<TaxCaseSummaryDto> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Cases = await files.ListAsync(Features.TaxCases.Get.TaxCaseEndpoints.MaxList, cancellationToken);
}
