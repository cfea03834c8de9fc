using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Claims.VotingAmount;

/// <summary>The amount the court sets for a disputed claim to vote with (art. 59(2)).</summary>
internal sealed record VotingAmountRequest(decimal? Amount) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Amount is not (>= 0))
        {
            errors.Add("amount", "validation.amount");
        }
    }
}

/// <summary>The court sets the amount a disputed line votes with (art. 59(2)).</summary>
internal sealed class SetClaimVotingAmount(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, VotingAmountRequest request, CancellationToken cancellationToken)
    {
        var claim = await db.ClaimForChangeAsync(id, expected, cancellationToken);
        claim.SetVotingAmount(request.Amount!.Value);
        await db.SaveChangesAsync(cancellationToken);
    }
}
