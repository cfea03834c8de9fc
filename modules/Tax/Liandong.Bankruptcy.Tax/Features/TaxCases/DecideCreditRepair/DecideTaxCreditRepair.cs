using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.DecideCreditRepair;

/// <summary>Repaired with the rating now given (A, B, M, C or D), or refused with a reason.</summary>
internal sealed record DecideCreditRepairRequest(bool? Repaired, DateOnly? DecidedOn, string? Rating = null, string? Reason = null) : IValidatable
{
    public static readonly string[] Ratings = ["A", "B", "M", "C", "D"];

    public void Validate(ValidationErrors errors)
    {
        if (Repaired is null)
        {
            errors.Add("repaired", "validation.required");
        }

        errors.RequiredDate("decidedOn", DecidedOn);
        if (Repaired == true && !Ratings.Contains(Rating?.Trim().ToUpperInvariant()))
        {
            errors.Add("rating", "validation.invalid_value");
        }

        if (Repaired == false)
        {
            errors.RequiredText("reason", Reason, 500);
        }
    }
}

/// <summary>The bureau decides on a requested credit repair. <see cref="TaxCreditRepairDecided"/> commits with it.</summary>
internal sealed class DecideTaxCreditRepair(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, DecideCreditRepairRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.DecidedOn!.Value;
        clock.NotInFuture(on, "decidedOn");
        var repaired = request.Repaired!.Value;
        var rating = repaired ? request.Rating!.Trim().ToUpperInvariant() : null;
        file.DecideCreditRepair(repaired, rating, request.Reason?.Trim(), on).OrRefuse(TaxFileSteps.Iso(file.CreditRequestedOn));
        await outbox.PublishAsync(new TaxCreditRepairDecided(caseId, repaired, rating, on));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
