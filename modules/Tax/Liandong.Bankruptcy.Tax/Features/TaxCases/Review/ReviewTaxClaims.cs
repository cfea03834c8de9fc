using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Review;

/// <summary>
/// The administrator's review of one line: <c>Confirmed</c>, <c>Adjusted</c> (the amounts per part; a part left out keeps
/// what was declared) or <c>Rejected</c>, with a reason unless confirmed as declared.
/// </summary>
internal sealed record LineReviewRequest(
    Guid? LineId, TaxLineReview? Review, string? Reason = null, decimal? Principal = null, decimal? PersonalAccount = null, decimal? LateFee = null,
    decimal? Penalty = null);

/// <summary>Reviews of several lines on one day (at most 500).</summary>
internal sealed record ReviewTaxClaimsRequest(DateOnly? ReviewedOn, [property: MaxItems(ReviewTaxClaimsRequest.MaxLines)] List<LineReviewRequest>? Lines) : IValidatable
{
    public const int MaxLines = 500;

    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("reviewedOn", ReviewedOn);
        if (Lines is not { Count: > 0 })
        {
            errors.Add("lines", "validation.required");
            return;
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var at = $"lines[{i}]";
            if (Lines[i] is not { } line)
            {
                errors.Add(at, "validation.required");
                continue;
            }

            if (line.LineId is null || line.LineId == Guid.Empty)
            {
                errors.Add($"{at}.lineId", "validation.required");
            }

            if (line.Review is TaxLineReview.Pending)
            {
                errors.Add($"{at}.review", "validation.invalid_value");
            }
            else
            {
                errors.Defined($"{at}.review", line.Review);
            }

            errors.OptionalText($"{at}.reason", line.Reason, 500);
            if (line.Review is TaxLineReview.Adjusted or TaxLineReview.Rejected && string.IsNullOrWhiteSpace(line.Reason))
            {
                errors.Add($"{at}.reason", "validation.required");
            }

            errors.Amount($"{at}.principal", line.Principal);
            errors.Amount($"{at}.personalAccount", line.PersonalAccount);
            errors.Amount($"{at}.lateFee", line.LateFee);
            errors.Amount($"{at}.penalty", line.Penalty);
        }

        if (Lines.Where(l => l?.LineId is not null).GroupBy(l => l.LineId).Any(g => g.Count() > 1))
        {
            errors.Add("lines", "tax.line_twice");
        }
    }
}

/// <summary>
/// The administrator reviews the bureau's lines; each confirmed or adjusted line (and a rejection of one the register
/// already holds) goes to the Cases claims register by <c>ClaimLineReported</c>, one register line per part, keyed by
/// source: a second review updates those lines, never adds any. 404 for a line not of this case.
/// </summary>
internal sealed class ReviewTaxClaims(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, ReviewTaxClaimsRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.ReviewedOn!.Value;
        clock.NotInFuture(on, "reviewedOn");
        var errors = new ValidationErrors();
        for (var i = 0; i < request.Lines!.Count; i++)
        {
            var review = request.Lines[i];
            var line = file.Lines.SingleOrDefault(l => l.Id == review.LineId) ?? throw BusinessException.NotFound("tax.line_not_found");
            if (on < line.DeclaredOn)
            {
                errors.Add("reviewedOn", "tax.review_before_declaration", line.Number);
                continue;
            }

            var adjusted = new TaxPartAmounts(review.Principal ?? line.Principal, review.PersonalAccount ?? line.PersonalAccount,
                review.LateFee ?? line.LateFeeAmount, review.Penalty ?? line.Penalty);
            if (line.ReviewAs(review.Review!.Value, adjusted, review.Reason, on) is var outcome && outcome != TaxReviewOutcome.Done)
            {
                errors.Add($"lines[{i}]", outcome == TaxReviewOutcome.ReasonRequired ? "validation.required" : "tax.adjustment_out_of_range");
            }
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }

        foreach (var line in file.Lines.Where(l => request.Lines.Any(r => r.LineId == l.Id) && l.ToReport))
        {
            foreach (var reported in TaxFileSteps.RegisterLines(file, line))
            {
                await outbox.PublishAsync(reported);
            }

            line.MarkReported();
        }

        file.Touch();
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
