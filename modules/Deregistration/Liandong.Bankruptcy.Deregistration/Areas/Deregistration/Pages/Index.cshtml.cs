using Liandong.Bankruptcy.Deregistration.Features.Files;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Deregistration.Areas.Deregistration.Pages;

/// <summary>
/// The registration files of the county (the firm's, for its users): cases closing first with their progress, then the
/// publications and changes open; for market regulation, the check before a simplified deregistration.
/// </summary>
[RequirePermission(DeregistrationPermissions.View)]
internal sealed class IndexModel(RegistrationFileReader files, IPermissionChecker permissions) : PageModel
{
    public IReadOnlyList<RegistrationFileSummaryDto> Files { get; private set; } = [];

    public bool CanCheck { get; private set; }

    /// <summary>The code checked (as typed), whether it is well formed, and the cases that bar the simplified route.</summary>
    public string? Uscc { get; private set; }

    public bool UsccMalformed { get; private set; }

    public IReadOnlyList<string>? Barring { get; private set; }

    public async Task OnGetAsync(string? uscc, CancellationToken cancellationToken)
    {
        Files = await files.ListAsync(Features.Files.Get.RegistrationFileEndpoints.MaxList, cancellationToken);
        CanCheck = await permissions.IsGrantedAsync(User, DeregistrationPermissions.Register, cancellationToken);
        if (CanCheck && !string.IsNullOrWhiteSpace(uscc))
        {
            Uscc = uscc.Trim().ToUpperInvariant();
            UsccMalformed = !Platform.Domain.Uscc.IsWellFormed(Uscc);
            Barring = UsccMalformed ? null : await files.BankruptCasesOfAsync(Uscc, cancellationToken);
        }
    }
}
