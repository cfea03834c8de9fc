using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.RequestCreditRepair;

/// <summary>
/// The administrator asks for the debtor's tax credit to be repaired once the court approved a reorganization plan or a
/// composition: tax and late fees left unpaid under the plan do not stand in the way (SAT and SPC 2025 No. 24).
/// <see cref="TaxCreditRepairRequested"/> commits with it: a credit target the Credit module follows.
/// </summary>
internal sealed class RequestTaxCreditRepair(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, TaxDateRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.On!.Value);
        file.RequestCreditRepair(request.On.Value).OrRefuse(file.State);
        await outbox.PublishAsync(new TaxCreditRepairRequested(caseId, request.On.Value));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
