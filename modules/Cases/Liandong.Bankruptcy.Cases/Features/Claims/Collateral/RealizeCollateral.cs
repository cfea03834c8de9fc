using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Collateral;

/// <summary>What the sale of a secured claim's collateral brought for it, and when.</summary>
internal sealed record CollateralRealizationRequest(decimal? Proceeds, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Proceeds is not (>= 0 and <= 1_000_000_000_000m))
        {
            errors.Add("proceeds", "validation.amount");
        }

        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>
/// The administrator records what a secured claim's collateral realized: the part it paid stays secured, the
/// shortfall is an ordinary claim (art. 110).
/// </summary>
internal sealed class RealizeCollateral(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, CollateralRealizationRequest request, CancellationToken cancellationToken)
    {
        var claim = await db.ClaimForChangeAsync(id, expected, cancellationToken);
        claim.RealizeCollateral(request.Proceeds!.Value, request.On!.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
