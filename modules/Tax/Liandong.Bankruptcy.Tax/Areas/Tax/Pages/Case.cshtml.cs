using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Liandong.Bankruptcy.Tax.Features.TaxCases.BookTax;
using Liandong.Bankruptcy.Tax.Features.TaxCases.Clearance;
using Liandong.Bankruptcy.Tax.Features.TaxCases.Declare;
using Liandong.Bankruptcy.Tax.Features.TaxCases.DecideCreditRepair;
using Liandong.Bankruptcy.Tax.Features.TaxCases.FileReturns;
using Liandong.Bankruptcy.Tax.Features.TaxCases.LiftAbnormal;
using Liandong.Bankruptcy.Tax.Features.TaxCases.LiftPreservation;
using Liandong.Bankruptcy.Tax.Features.TaxCases.MarkAbnormal;
using Liandong.Bankruptcy.Tax.Features.TaxCases.RequestCreditRepair;
using Liandong.Bankruptcy.Tax.Features.TaxCases.Review;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Tax.Areas.Tax.Pages;

/// <summary>
/// A case's tax file: the bureau's lines with the late-fee arithmetic and their review, totals by class, and each side's
/// steps as forms — the bureau's (declare by form or spreadsheet, lift preservation, abnormal status, clearance, credit
/// decision) to users who may declare, the administrator's (review, returns filed, post-acceptance taxes, credit request)
/// to users who may administer. Each form runs the API's use case.
/// </summary>
[RequirePermission(TaxPermissions.View)]
internal sealed class CaseModel(TaxCaseReader files) : FormPage
{
    public TaxCaseDto TaxFile { get; private set; } = null!;

    public bool CanDeclare { get; private set; }

    public bool CanAdminister { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostDeclareAsync(Guid id, uint version, DateOnly? declaredOn, TaxLineRequest line, [FromServices] DeclareTaxClaims declare, CancellationToken cancellationToken)
    {
        var request = new DeclareTaxClaimsRequest(declaredOn, [line]);
        return SubmitAsync(TaxPermissions.Declare, request, () => declare.HandleAsync(id, version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostUploadAsync(Guid id, uint version, [FromServices] DeclareTaxClaims declare, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Declare, null, async () =>
        {
            var (request, rows) = await DeclareFromSpreadsheetEndpoint.ReadAsync(Request, cancellationToken);
            await declare.HandleAsync(id, version, request, cancellationToken, i => $"rows[{rows[i]}]");
        }, () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReviewAsync(Guid id, uint version, DateOnly? reviewedOn, LineReviewRequest review, [FromServices] ReviewTaxClaims handler, CancellationToken cancellationToken)
    {
        var request = new ReviewTaxClaimsRequest(reviewedOn, [review]);
        return SubmitAsync(TaxPermissions.Administer, request, () => handler.HandleAsync(id, version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostPreservationAsync(Guid id, uint version, DateOnly? liftedOn, string? measures, [FromServices] LiftPreservation handler, CancellationToken cancellationToken)
    {
        var request = new LiftPreservationRequest(liftedOn, [.. (measures ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
        return SubmitAsync(TaxPermissions.Declare, request, () => handler.HandleAsync(id, version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostMarkAbnormalAsync(Guid id, uint version, MarkAbnormalRequest abnormal, [FromServices] MarkAbnormalTaxpayer handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Declare, abnormal, () => handler.HandleAsync(id, version, abnormal, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnsFiledAsync(Guid id, uint version, TaxDateRequest step, [FromServices] ReportReturnsFiled handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Administer, step, () => handler.HandleAsync(id, version, step, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLiftAbnormalAsync(Guid id, uint version, LiftAbnormalRequest lift, [FromServices] LiftAbnormalStatus handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Declare, lift, () => handler.HandleAsync(id, version, lift, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBookTaxAsync(Guid id, uint version, BookTaxRequest entry, [FromServices] BookPostAcceptanceTax handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Administer, entry, () => handler.HandleAsync(id, version, entry, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostClearanceAsync(Guid id, uint version, IssueClearanceRequest clearance, [FromServices] IssueClearance handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Declare, clearance, () => handler.HandleAsync(id, version, clearance, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRequestCreditAsync(Guid id, uint version, TaxDateRequest step, [FromServices] RequestTaxCreditRepair handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Administer, step, () => handler.HandleAsync(id, version, step, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDecideCreditAsync(Guid id, uint version, DecideCreditRepairRequest decision, [FromServices] DecideTaxCreditRepair handler, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Declare, decision, () => handler.HandleAsync(id, version, decision, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        TaxFile = await files.GetAsync(id, cancellationToken);
        CanDeclare = await MayAsync(TaxPermissions.Declare, cancellationToken);
        CanAdminister = await MayAsync(TaxPermissions.Administer, cancellationToken);
    }
}
