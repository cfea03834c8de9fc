using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance.ForcedApproval;

/// <summary>The application to approve a plan some class rejected: the vote (meeting and resolution) and the day it came in.</summary>
internal sealed record ForcedApprovalApplicationRequest(Guid? MeetingId, int? Resolution, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (MeetingId is null)
        {
            errors.Add("meetingId", "validation.required");
        }

        if (Resolution is not (> 0 and <= 1000))
        {
            errors.Add("resolution", "validation.required");
        }

        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>
/// Records the application for approval of a plan the vote did not adopt but at least one class did (art. 87(2)); the
/// court's 30 days run from it (art. 87(3)). The vote must be this case's, closed, and not adopted.
/// </summary>
internal sealed class ApplyForForcedApproval(CasesDbContext db, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, ForcedApprovalApplicationRequest request, CancellationToken cancellationToken)
    {
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        var vote = await db.Meetings.Where(m => m.Id == request.MeetingId && m.CaseId == id).SelectMany(m => m.Resolutions)
            .SingleOrDefaultAsync(r => r.Number == request.Resolution && r.Kind == ResolutionKind.ReorganizationPlan && r.Adopted == false, cancellationToken);
        if (vote is null || !vote.ClassResults().Any(c => c.Adopted))
        {
            ApplicationOutcome.NoAdoptingClass.OrRefuse();
        }

        found.ForcedApprovalApplied(request.On!.Value, await calendar.GetAsync(cancellationToken)).OrRefuse(found.State);
        await db.SaveChangesAsync(cancellationToken);
    }
}
