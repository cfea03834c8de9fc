using Liandong.Bankruptcy.Deregistration.Features.Files;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Deregistration.Areas.Deregistration.Pages;

/// <summary>
/// The registration files of the county (the firm's, for its users) by case number, a page at a time (or only those
/// with work open): the closing's progress, the publications and changes open; for market regulation, the check before a simplified deregistration.
/// </summary>
[RequirePermission(DeregistrationPermissions.View)]
internal sealed class IndexModel(RegistrationFileReader files, IPermissionChecker permissions) : PageModel
{
    public ListResponse<RegistrationFileSummaryDto> Files { get; private set; } = new([], null);

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public bool CanCheck { get; private set; }

    /// <summary>The code checked (as typed), whether it is well formed, and the cases that bar the simplified route.</summary>
    public string? Uscc { get; private set; }

    public bool UsccMalformed { get; private set; }

    public IReadOnlyList<string>? Barring { get; private set; }

    public async Task OnGetAsync(string? uscc, CancellationToken cancellationToken)
    {
        Files = await files.ListAsync(new PageRequest(PageRequest.DefaultLimit, Cursor), Open, cancellationToken);
        CanCheck = await permissions.IsGrantedAsync(User, DeregistrationPermissions.Register, cancellationToken);
        if (CanCheck && !string.IsNullOrWhiteSpace(uscc))
        {
            Uscc = uscc.Trim().ToUpperInvariant();
            UsccMalformed = !Platform.Domain.Uscc.IsWellFormed(Uscc);
            Barring = UsccMalformed ? null : await files.BankruptCasesOfAsync(Uscc, cancellationToken);
        }
    }
}
