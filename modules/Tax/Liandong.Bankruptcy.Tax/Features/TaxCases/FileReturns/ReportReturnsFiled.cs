using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Tax.Persistence;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.FileReturns;

/// <summary>The administrator reports the debtor's missing returns filed: the first condition for lifting the abnormal status.</summary>
internal sealed class ReportReturnsFiled(TaxDbContext db, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, TaxDateRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.On!.Value);
        file.ReturnsFiled(request.On.Value).OrRefuse(TaxFileSteps.Iso(file.AbnormalSince));
        await db.SaveChangesAsync(cancellationToken);
    }
}
