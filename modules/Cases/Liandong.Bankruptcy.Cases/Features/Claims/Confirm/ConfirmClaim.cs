using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Confirm;

internal sealed record ConfirmationRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>The court confirms the line (art. 58); the first confirmation on a date becomes a claims notice to publish.</summary>
internal sealed class ConfirmClaim(CasesDbContext db, CaseReader cases)
{
    public async Task HandleAsync(Guid id, uint expected, ConfirmationRequest request, CancellationToken cancellationToken)
    {
        var on = request.On!.Value;
        var claim = await db.ClaimForChangeAsync(id, expected, cancellationToken);
        claim.ConfirmByCourt(on).OrRefuse();
        if (!await db.Publications.AnyAsync(p => p.CaseId == claim.CaseId && p.Kind == PublicationKind.ClaimsNotice && p.StartsOn == on, cancellationToken))
        {
            db.Publications.Add(PublicationDuty.ClaimsNotice(await cases.FindAsync(claim.CaseId, cancellationToken), on));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
