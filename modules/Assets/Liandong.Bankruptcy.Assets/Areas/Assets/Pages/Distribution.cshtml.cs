using Liandong.Bankruptcy.Assets.Features.Files;
using Liandong.Bankruptcy.Assets.Features.Files.Distribution;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Assets.Areas.Assets.Pages;

/// <summary>
/// A case's distribution on one page: the administrator's fee scheme and its steps, the expenses owed, the plan versions
/// (one shown with its arithmetic: the fees with their bands, every step of the order, each creditor's share; its vote,
/// confirmation and payout register), and the fee-guarantee fund. The administrator drafts and pays, the judge sets the fee
/// scheme and confirms, the finance unit decides the fund. Each form runs the API's use case.
/// </summary>
[RequirePermission(AssetsPermissions.View)]
internal sealed class DistributionModel(AssetFileReader files, ICaseQueries cases, ICurrentUnit unit) : FormPage
{
    protected override string? ManagePermission => AssetsPermissions.Manage;

    public AssetFileDto Estate { get; private set; } = null!;

    /// <summary>The version shown: the one asked for, else the newest.</summary>
    public PlanDto? Plan { get; private set; }

    public IReadOnlyList<CaseResolutionRef> Votes { get; private set; } = [];

    public bool CanRule { get; private set; }

    /// <summary>A user of a finance unit holding the fund permission.</summary>
    public bool CanFund { get; private set; }

    public Task OnGetAsync(Guid id, int? plan, CancellationToken cancellationToken) => LoadAsync(id, plan, cancellationToken);

    public Task<IActionResult> OnPostExpenseAsync(Guid id, uint version, AddExpenseRequest expense, [FromServices] AddExpense handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, expense, () => handler.HandleAsync(id, version, expense, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostFeeSchemeAsync(Guid id, uint version, FeeSchemeRequest scheme, [FromServices] SetFeeScheme handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Rule, scheme, () => handler.HandleAsync(id, version, scheme, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostFeeStepAsync(Guid id, uint version, FeeStepRequest step, [FromServices] RecordFeeStep handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, step, () => handler.HandleAsync(id, version, step, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDraftAsync(Guid id, uint version, DraftPlanRequest draft, [FromServices] DraftDistributionPlan handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, draft, () => handler.HandleAsync(id, version, draft, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    /// <summary>The vote, chosen on the page as "meeting id/resolution number".</summary>
    public Task<IActionResult> OnPostVoteAsync(Guid id, uint version, int number, string? vote, [FromServices] RecordDistributionVote handler, CancellationToken cancellationToken)
    {
        var parts = vote?.Split('/') ?? [];
        var request = new DistributionVoteRequest(parts.Length == 2 && Guid.TryParse(parts[0], out var meeting) ? meeting : null,
            parts.Length == 2 && int.TryParse(parts[1], out var resolution) ? resolution : null);
        return SubmitAsync(AssetsPermissions.Manage, request, () => handler.HandleAsync(id, number, version, request, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostConfirmAsync(Guid id, uint version, int number, ConfirmPlanRequest confirmation, [FromServices] ConfirmDistributionPlan handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Rule, confirmation, () => handler.HandleAsync(id, number, version, confirmation, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPayAsync(Guid id, uint version, int number, int position, PayOutRequest payment, [FromServices] PayOut handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, payment, () => handler.HandleAsync(id, number, position, version, payment, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);

    [AuditAs("ReturnDistribution")]
    public Task<IActionResult> OnPostReturnAsync(Guid id, uint version, int number, int position, DatedRequest step, [FromServices] DatedPlanStep handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, step, () => handler.ReturnAsync(id, number, position, version, step, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);

    [AuditAs("GiveFinalDistributionNotice")]
    public Task<IActionResult> OnPostNoticeAsync(Guid id, uint version, int number, DatedRequest step, [FromServices] DatedPlanStep handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, step, () => handler.NoticeAsync(id, number, version, step, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);

    [AuditAs("ForfeitUnclaimedDistributions")]
    public Task<IActionResult> OnPostForfeitAsync(Guid id, uint version, int number, DatedRequest step, [FromServices] DatedPlanStep handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, step, () => handler.ForfeitAsync(id, number, version, step, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSettleAsync(Guid id, uint version, int number, int position, SettleReserveRequest settlement, [FromServices] SettleReserve handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, settlement, () => handler.HandleAsync(id, number, position, version, settlement, cancellationToken), () => LoadAsync(id, number, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostFundAsync(Guid id, uint version, FundApplicationRequest application, [FromServices] ApplyToFund handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, application, () => handler.HandleAsync(id, version, application, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    [AuditAs("DecideFeeGuaranteeFund")]
    public Task<IActionResult> OnPostFundDecisionAsync(Guid id, uint version, int number, FundDecisionRequest decision, [FromServices] DecideFund handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Fund, decision, () => handler.DecideAsync(id, number, version, decision, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    [AuditAs("PayFeeGuaranteeFund")]
    public Task<IActionResult> OnPostFundPaymentAsync(Guid id, uint version, int number, DatedRequest payment, [FromServices] DecideFund handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Fund, payment, () => handler.PayAsync(id, number, version, payment, cancellationToken), () => LoadAsync(id, null, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, int? number, CancellationToken cancellationToken)
    {
        var file = await files.FindAsync(id, cancellationToken);
        Estate = AssetFileDto.From(file);
        var shown = file.DistributionPlans.SingleOrDefault(p => p.Number == number) ?? file.DistributionPlans.MaxBy(p => p.Number);
        Plan = shown is null ? null : PlanDto.From(file, shown);
        Votes = await cases.DistributionVotesAsync(id, cancellationToken);
        CanRule = await MayAsync(AssetsPermissions.Rule, cancellationToken);
        CanFund = await MayAsync(AssetsPermissions.Fund, cancellationToken) && unit.Unit?.Kind == Platform.Domain.UnitKind.Finance;
    }
}
