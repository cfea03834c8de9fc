using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Review;

internal sealed record ReviewRequest(ReviewStatus? Status, decimal? ConfirmedAmount, string? Reason, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("status", Status);
        errors.OptionalText("reason", Reason, 500);
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>The administrator reviews a line: confirmed, adjusted or rejected with the reason (for a retrieval or set-off line, its outcome).</summary>
internal sealed class ReviewClaim(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, ReviewRequest request, CancellationToken cancellationToken)
    {
        var claim = await db.ClaimForChangeAsync(id, expected, cancellationToken);
        claim.ReviewAs(request.Status!.Value, request.ConfirmedAmount, request.Reason?.Trim(), request.On!.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
