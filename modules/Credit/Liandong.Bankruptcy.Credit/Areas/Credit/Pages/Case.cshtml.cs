using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Credit.Features.Files;
using Liandong.Bankruptcy.Credit.Features.Files.Apply;
using Liandong.Bankruptcy.Credit.Features.Files.Decide;
using Liandong.Bankruptcy.Credit.Features.Files.Reversal;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Credit.Areas.Credit.Pages;

/// <summary>
/// A case's credit file on one page: every target unit's measure with where it stands (what the applicant and the judge
/// follow), the application form to users who may apply, and to a unit's users the decision or reversal of the
/// measures their unit keeps. Each form runs the API's use case.
/// </summary>
[RequirePermission(CreditPermissions.View)]
internal sealed class CaseModel(CreditFileReader files, ICurrentUnit unit) : FormPage
{
    public CreditFileDto Credit { get; private set; } = null!;

    public bool CanApply { get; private set; }

    /// <summary>The targets the user's unit keeps, when the user may decide.</summary>
    public IReadOnlySet<string> OwnTargets { get; private set; } = new HashSet<string>();

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostApplyAsync(Guid id, uint version, FileRepairApplicationRequest application, [FromServices] FileRepairApplication handler, CancellationToken cancellationToken) =>
        SubmitAsync(CreditPermissions.Apply, application, () => handler.HandleAsync(id, version, application, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDecideAsync(Guid id, uint version, string target, DecideCreditMeasureRequest decision, [FromServices] DecideCreditMeasure handler, CancellationToken cancellationToken) =>
        SubmitAsync(CreditPermissions.Decide, decision, () => handler.HandleAsync(id, CreditUnits.Target(target), version, decision, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReverseAsync(Guid id, uint version, string target, ReverseCreditMeasureRequest reversal, [FromServices] ReverseCreditMeasure handler, CancellationToken cancellationToken) =>
        SubmitAsync(CreditPermissions.Decide, reversal, () => handler.HandleAsync(id, CreditUnits.Target(target), version, reversal, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Credit = await files.GetAsync(id, cancellationToken);
        CanApply = await MayAsync(CreditPermissions.Apply, cancellationToken);
        OwnTargets = await MayAsync(CreditPermissions.Decide, cancellationToken)
            ? Enum.GetValues<CreditTarget>().Where(t => CreditUnits.Owns(unit, t)).Select(t => t.ToString()).ToHashSet()
            : new HashSet<string>();
    }
}
