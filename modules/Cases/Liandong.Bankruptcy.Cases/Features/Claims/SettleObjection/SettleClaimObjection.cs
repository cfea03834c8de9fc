using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Claims.SettleObjection;

internal sealed record ObjectionOutcomeRequest(ObjectionOutcome? Outcome, decimal? JudgedAmount) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.Defined("outcome", Outcome);
}

/// <summary>The outcome of an objection: withdrawn, sued, not sued in time, or judged with the amount.</summary>
internal sealed class SettleClaimObjection(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, ObjectionOutcomeRequest request, CancellationToken cancellationToken)
    {
        var claim = await db.ClaimForChangeAsync(id, expected, cancellationToken);
        claim.SettleObjection(request.Outcome!.Value, request.JudgedAmount).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
