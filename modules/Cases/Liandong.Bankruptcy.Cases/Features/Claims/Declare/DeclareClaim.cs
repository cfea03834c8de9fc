using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Declare;

internal sealed record DeclareClaimRequest(
    string? Creditor, ClaimKind? Kind, PriorityClass? Priority, VotingClass? VotingClass, decimal? Principal, decimal? Interest, decimal? Other,
    string? Collateral, int? Rank, DateOnly? DeclaredOn, bool? WaivedPriority = null, bool? SocialInsurance = null, string? CreditorId = null,
    int? Subordination = null, bool? ArrearsBefore2006 = null) : IValidatable
{
    public ClaimDeclaration ToDeclaration() => new(Creditor!.Trim(), Kind!.Value, Priority!.Value, VotingClass ?? DefaultVotingClass,
        Principal!.Value, Interest ?? 0, Other ?? 0, string.IsNullOrWhiteSpace(Collateral) ? null : Collateral.Trim(), Rank, DeclaredOn!.Value,
        WaivedPriority == true, SocialInsurance == true, string.IsNullOrWhiteSpace(CreditorId) ? null : CreditorId.Trim().ToUpperInvariant(),
        Subordination, ArrearsBefore2006 == true);

    /// <summary>Without a class given: secured (its priority kept) or ordinary.</summary>
    private Domain.Voting.VotingClass DefaultVotingClass =>
        Kind == ClaimKind.Secured && WaivedPriority != true ? Domain.Voting.VotingClass.Secured : Domain.Voting.VotingClass.Ordinary;

    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("creditor", Creditor, 200);
        // Who the creditor is: a unified social credit code (GB 32100) or a resident ID number (GB 11643).
        if (!string.IsNullOrWhiteSpace(CreditorId) && CreditorId.Trim().ToUpperInvariant() is var id
            && !((Uscc.IsWellFormed(id) && Uscc.CheckCharacterMatches(id)) || ResidentIdNumber.IsValid(id)))
        {
            errors.Add("creditorId", "validation.creditor_id");
        }

        errors.Defined("kind", Kind);
        errors.Defined("priority", Priority);
        if (VotingClass is { } votingClass && !Enum.IsDefined(votingClass))
        {
            errors.Add("votingClass", "validation.invalid_value");
        }

        foreach (var (field, amount) in new[] { ("principal", Principal), ("interest", Interest), ("other", Other) })
        {
            if (amount is < 0 or > 1_000_000_000_000m || (field == "principal" && amount is null))
            {
                errors.Add(field, "validation.amount");
            }
        }

        // The kind, the priority class and the voting class agree: a secured claim ranks and votes as secured unless
        // its holder waived the priority (arts. 59(3), 82(1)(1), 109); an unsecured one is never in the secured class.
        var secured = Kind == ClaimKind.Secured && WaivedPriority != true;
        if (Kind is not null && Priority is not null && (Priority == PriorityClass.Secured) != secured)
        {
            errors.Add("priority", "validation.claim_classes");
        }

        if (Kind is not null && VotingClass is { } voting && (voting == Domain.Voting.VotingClass.Secured) != secured)
        {
            errors.Add("votingClass", "validation.claim_classes");
        }

        if (WaivedPriority == true && Kind is not null && Kind != ClaimKind.Secured)
        {
            errors.Add("waivedPriority", "validation.claim_classes");
        }

        // A level only on a subordinated line (1 punitive damages, 2 administrative fines, 3 criminal fines); pre-2006 arrears only on an employee line.
        if (Subordination is not null && (Subordination is not (>= 1 and <= 3) || (Priority is not null && Priority != PriorityClass.Subordinated)))
        {
            errors.Add("subordination", "validation.claim_classes");
        }

        if (ArrearsBefore2006 == true && Priority is not null && Priority != PriorityClass.Employee)
        {
            errors.Add("arrearsBefore2006", "validation.claim_classes");
        }

        errors.OptionalText("collateral", Collateral, 200);
        if (Kind == ClaimKind.Secured && string.IsNullOrWhiteSpace(Collateral))
        {
            errors.Add("collateral", "validation.required");
        }

        if (DeclaredOn is null)
        {
            errors.Add("declaredOn", "validation.required");
        }
    }
}

/// <summary>
/// Adds a line to the case's register, or (for a reported source already there) updates it unless it holds a newer
/// report; late when declared after the claim deadline (art. 56). 404 for another county's case; 409 when the case was never accepted.
/// </summary>
internal sealed class DeclareClaim(CasesDbContext db)
{
    public async Task<Guid> HandleAsync(
        Guid caseId, ClaimDeclaration declaration, ClaimSource? source, CancellationToken cancellationToken, ReportedReview? review = null,
        DateTimeOffset? reportedAt = null)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Deadlines).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                    ?? throw BusinessException.NotFound();
        if (found.AcceptedOn is null)
        {
            throw BusinessException.Conflict("cases.not_in_procedure", found.State);
        }

        // Late claims until the final distribution (art. 56); none while a plan or a composition agreement is carried
        // out (arts. 92(2), 100(3)), nor after the case ended.
        if (!CaseTransitions.Pending.Contains(found.State))
        {
            throw BusinessException.Conflict("cases.claims_closed", found.State);
        }

        var deadline = found.Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.ClaimDeadline)?.Due;
        var late = declaration.DeclaredOn > deadline;
        if (source is not null &&
            await db.Claims.SingleOrDefaultAsync(c => c.CaseId == caseId && c.SourceModule == source.Module && c.SourceId == source.Id, cancellationToken) is { } existing)
        {
            if (!existing.TakeReport(reportedAt))
            {
                return existing.Id; // a newer report of the line is already in
            }

            existing.Declare(declaration, late);
            review?.ApplyTo(existing);
            await db.SaveChangesAsync(cancellationToken);
            return existing.Id;
        }

        var claim = await db.SaveNumberedAsync(async () =>
        {
            var number = await db.Claims.Where(c => c.CaseId == caseId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0;
            var added = db.Claims.Add(new Claim(caseId, number + 1, declaration, late, source)).Entity;
            added.TakeReport(reportedAt);
            review?.ApplyTo(added);
            return added;
        }, cancellationToken);
        return claim.Id;
    }
}

/// <summary>
/// The review a reporting module already made of its line (the tax bureau's lines are reviewed in Tax), recorded as the
/// administrator's review in the same save. A line the court has confirmed keeps the court's word.
/// </summary>
internal sealed record ReportedReview(ReviewStatus Status, decimal? Amount, string? Reason, DateOnly On)
{
    public void ApplyTo(Claim claim)
    {
        if (claim.Review != Status || claim.ConfirmedAmount != Amount || claim.ReviewReason != Reason)
        {
            claim.ReviewAs(Status, Amount, Reason, On);
        }
    }
}
