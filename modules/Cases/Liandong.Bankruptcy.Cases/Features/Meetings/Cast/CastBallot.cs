using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain.Voting;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Cast;

internal sealed record BallotRequest(int? Resolution, Guid? ClaimId, Ballot? Ballot, bool? Remote) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }

        if (ClaimId is null)
        {
            errors.Add("claimId", "validation.required");
        }

        errors.Defined("ballot", Ballot);
    }
}

/// <summary>
/// Records a creditor's ballot on a resolution, in person or remote, given one of its lines (which must be in the case's
/// register): the ballot is the creditor's, on all its lines.
/// </summary>
internal sealed class CastBallot(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, BallotRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        var register = await db.RegisterOfAsync(meeting.CaseId, cancellationToken);
        var line = register.SingleOrDefault(c => c.Id == request.ClaimId) ?? throw BusinessException.Rule("cases.ballot_without_claim");
        meeting.Cast(request.Resolution!.Value, line, register, request.Ballot!.Value, request.Remote ?? false).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
