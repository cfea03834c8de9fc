using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Features.Claims;
using Liandong.Bankruptcy.Cases.Features.Claims.Confirm;
using Liandong.Bankruptcy.Cases.Features.Claims.RaiseObjection;
using Liandong.Bankruptcy.Cases.Features.Claims.Review;
using Liandong.Bankruptcy.Cases.Features.Claims.SettleObjection;
using Liandong.Bankruptcy.Cases.Features.Claims.VotingAmount;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// One line of the claims register: what was declared, the administrator's review (for a retrieval or set-off line, its
/// outcome), the creditor's objection with the last day to sue and its outcome, the amount the court set for voting while
/// disputed, and the court's confirmation; each form as the user's rights allow.
/// </summary>
[RequirePermission(CasesPermissions.Claims)]
[PostRequiresPermission(CasesPermissions.Claims)]
internal sealed class ClaimModel(ClaimReader claims) : FormPage
{
    public Claim Claim { get; private set; } = null!;

    protected override string? ManagePermission => CasesPermissions.ManageClaims;

    public bool CanConfirm { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostReviewAsync(Guid id, uint version, ReviewRequest review, [FromServices] ReviewClaim reviewClaim, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ManageClaims, review, () => reviewClaim.HandleAsync(id, version, review, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostObjectAsync(Guid id, uint version, ObjectionRequest objection, [FromServices] RaiseClaimObjection raiseClaimObjection, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ManageClaims, objection, () => raiseClaimObjection.HandleAsync(id, version, objection, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSettleAsync(Guid id, uint version, ObjectionOutcomeRequest outcome, [FromServices] SettleClaimObjection settleClaimObjection, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ManageClaims, outcome, () => settleClaimObjection.HandleAsync(id, version, outcome, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostVotingAmountAsync(Guid id, uint version, VotingAmountRequest voting, [FromServices] SetClaimVotingAmount setClaimVotingAmount, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ConfirmClaims, voting, () => setClaimVotingAmount.HandleAsync(id, version, voting, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(Guid id, uint version, ConfirmationRequest confirmation, [FromServices] ConfirmClaim confirmClaim, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ConfirmClaims, confirmation, () => confirmClaim.HandleAsync(id, version, confirmation, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Claim = await claims.FindAsync(id, cancellationToken);
        CanConfirm = await MayAsync(CasesPermissions.ConfirmClaims, cancellationToken);
    }
}
