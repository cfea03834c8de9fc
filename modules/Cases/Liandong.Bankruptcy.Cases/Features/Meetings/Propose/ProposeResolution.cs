using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain.Voting;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Propose;

internal sealed record ResolutionRequest(ResolutionKind? Kind, string? Title) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("title", Title, 200);
    }
}

/// <summary>Puts a resolution to the meeting.</summary>
internal sealed class ProposeResolution(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, ResolutionRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.Propose(request.Kind!.Value, request.Title!.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}
