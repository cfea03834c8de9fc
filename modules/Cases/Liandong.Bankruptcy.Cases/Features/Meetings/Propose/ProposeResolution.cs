using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain.Voting;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Propose;

/// <summary>
/// A resolution put to the meeting; a reorganization plan names the classes whose rights it adjusts
/// (<c>adjustedClasses</c>; all when omitted): only those vote (Interpretation III art. 11(2)).
/// </summary>
internal sealed record ResolutionRequest(
    ResolutionKind? Kind, string? Title, [property: MaxItems(6)] IReadOnlyList<VotingClass>? AdjustedClasses = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("title", Title, 200);
        if (AdjustedClasses is { } adjusted)
        {
            if (Kind != ResolutionKind.ReorganizationPlan || adjusted.Count == 0 || adjusted.Any(c => !Enum.IsDefined(c)) || adjusted.Distinct().Count() != adjusted.Count)
            {
                errors.Add("adjustedClasses", "validation.invalid_value");
            }
        }
    }
}

/// <summary>Puts a resolution to the meeting.</summary>
internal sealed class ProposeResolution(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, ResolutionRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.Propose(request.Kind!.Value, request.Title!.Trim(), request.AdjustedClasses);
        await db.SaveChangesAsync(cancellationToken);
    }
}
