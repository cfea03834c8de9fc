using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Features.Files;
using Liandong.Bankruptcy.Assets.Features.Files.Account;
using Liandong.Bankruptcy.Assets.Features.Files.Inquiries;
using Liandong.Bankruptcy.Assets.Features.Files.Liftings;
using Liandong.Bankruptcy.Assets.Features.Files.Realization;
using Liandong.Bankruptcy.Assets.Features.Files.Register;
using Liandong.Bankruptcy.Assets.Features.Files.Takeover;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Assets.Areas.Assets.Pages;

/// <summary>
/// A case's estate on one page, in tabs: takeover, the register (charges, seizures, retrieval claims), the one-window
/// inquiry, realization, the administrator's account. The administrator (and the judge) work it; the judge and the
/// administrator send inquiries; a registry answers its own. Each form runs the API's use case; things are named by
/// their number in the case. Blank rows of a form's repeated lines are left out.
/// </summary>
[RequirePermission(AssetsPermissions.View)]
internal sealed class CaseModel(AssetFileReader files, ICurrentUnit unit) : FormPage
{
    protected override string? ManagePermission => AssetsPermissions.Manage;

    public AssetFileDto Estate { get; private set; } = null!;

    public bool CanInquire { get; private set; }

    /// <summary>The inquiries this user's unit may answer: those sent to its kind and not yet answered.</summary>
    public IReadOnlyList<InquiryDto> ToAnswer { get; private set; } = [];

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostTakeoverAsync(Guid id, uint version, TakeoverLineRequest line, [FromServices] AddTakeoverItems handler, CancellationToken cancellationToken)
    {
        var request = new AddTakeoverItemsRequest([line]);
        return SubmitAsync(AssetsPermissions.Manage, request, () => handler.HandleAsync(id, version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostHandoverAsync(Guid id, uint version, int number, RecordTakeoverRequest handover, [FromServices] RecordTakeover handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, handover, () => handler.HandleAsync(id, number, version, handover, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAssetAsync(Guid id, uint version, AssetRequest asset, [FromServices] AddAsset handler, CancellationToken cancellationToken)
    {
        asset = asset with { Encumbrances = asset.Encumbrances?.Where(e => !string.IsNullOrWhiteSpace(e.Holder) || e.Amount is not null).ToList() };
        return SubmitAsync(AssetsPermissions.Manage, asset, () => handler.HandleAsync(id, version, asset, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostSeizureAsync(Guid id, uint version, int number, SeizureRequest seizure, [FromServices] AddSeizure handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, seizure, () => handler.HandleAsync(id, number, version, seizure, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRetrievalAsync(Guid id, uint version, int number, RetrievalClaimRequest claim, [FromServices] ClaimRetrieval handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, claim, () => handler.HandleAsync(id, number, version, claim, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRetrievalDecisionAsync(Guid id, uint version, int number, RetrievalDecisionRequest decision, [FromServices] DecideRetrieval handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, decision, () => handler.HandleAsync(id, number, version, decision, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostInquireAsync(Guid id, uint version, SendInquiriesRequest inquiry, [FromServices] SendInquiries handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Inquire, inquiry, () => handler.HandleAsync(id, version, inquiry, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, uint version, int number, AnswerInquiryRequest answer, [FromServices] AnswerInquiry handler, CancellationToken cancellationToken)
    {
        answer = answer with { Results = answer.Results?.Where(r => !string.IsNullOrWhiteSpace(r.Description) || !string.IsNullOrWhiteSpace(r.Identifier)).ToList() };
        return SubmitAsync(AssetsPermissions.Answer, answer, () => handler.HandleAsync(id, number, version, answer, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostLiftingAsync(Guid id, uint version, int number, RequestLiftingRequest lifting, [FromServices] RequestLifting handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, lifting, () => handler.HandleAsync(id, number, version, lifting, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLiftedAsync(Guid id, uint version, int number, LiftSeizureRequest lifted, [FromServices] LiftSeizure handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, lifted, () => handler.HandleAsync(id, number, version, lifted, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPlanAsync(Guid id, uint version, AdoptRealizationPlanRequest plan, [FromServices] AdoptRealizationPlan handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, plan, () => handler.HandleAsync(id, version, plan, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSaleAsync(Guid id, uint version, PutUpForSaleRequest sale, [FromServices] PutUpForSale handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, sale, () => handler.HandleAsync(id, version, sale, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResultAsync(Guid id, uint version, int number, EndSaleRequest result, [FromServices] EndSale handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, result, () => handler.HandleAsync(id, number, version, result, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAccountRequestAsync(Guid id, uint version, RequestAccountRequest request, [FromServices] RequestAccount handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, request, () => handler.HandleAsync(id, version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostOpenAsync(Guid id, uint version, OpenAccountRequest account, [FromServices] OpenAccount handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, account, () => handler.HandleAsync(id, version, account, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEntryAsync(Guid id, uint version, AddEntryRequest entry, [FromServices] AddEntry handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, entry, () => handler.HandleAsync(id, version, entry, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBookAsync(Guid id, uint version, int number, BookEntryRequest booking, [FromServices] BookEntry handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, booking, () => handler.HandleAsync(id, number, version, booking, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStatementAsync(Guid id, uint version, [FromServices] ImportStatement handler, CancellationToken cancellationToken) =>
        SubmitAsync(AssetsPermissions.Manage, null, async () => await handler.HandleAsync(id, version, await StatementSheet.ReadAsync(Request, cancellationToken), cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Estate = await files.GetAsync(id, cancellationToken);
        CanInquire = await MayAsync(AssetsPermissions.Inquire, cancellationToken);
        var kind = unit.Unit?.Kind.ToString();
        ToAnswer = await MayAsync(AssetsPermissions.Answer, cancellationToken) && kind is not null
            ? [.. Estate.Inquiries.Where(i => i.Status == nameof(InquiryStatus.Sent) && i.Unit == kind)]
            : [];
    }
}
