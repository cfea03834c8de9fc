using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Persistence;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.MarkAbnormal;

internal sealed record MarkAbnormalRequest(DateOnly? Since, string? Reason) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("since", Since);
        errors.RequiredText("reason", Reason, 500);
    }
}

/// <summary>The bureau records that the debtor is an abnormal taxpayer (非正常户), so the administrator cannot issue invoices until it is lifted.</summary>
internal sealed class MarkAbnormalTaxpayer(TaxDbContext db, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, MarkAbnormalRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.Since!.Value, "since");
        file.MarkAbnormal(request.Since.Value, request.Reason!.Trim()).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
