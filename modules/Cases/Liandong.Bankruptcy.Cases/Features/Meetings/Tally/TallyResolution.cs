using Microsoft.EntityFrameworkCore;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Features.CaseRegister;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Tally;

internal sealed record TallyRequest(int? Resolution, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
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
/// Tallies a resolution over the claims register; when anyone voted remotely, telling them the result becomes a duty due in
/// 3 days; a plan vote meets the art. 84(1) meeting, and an adopted plan starts the 10 days to apply for its approval (art. 86(2)).
/// </summary>
internal sealed class TallyResolution(CasesDbContext db, CaseReader cases, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, TallyRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.Close(request.Resolution!.Value, await db.RegisterOfAsync(meeting.CaseId, cancellationToken), request.On!.Value,
            await calendar.GetAsync(cancellationToken)).OrRefuse();
        var closed = meeting.Resolutions.Single(r => r.Number == request.Resolution);
        if (closed.Kind == Domain.Voting.ResolutionKind.ReorganizationPlan)
        {
            var found = await db.Cases.Include(c => c.Deadlines).SingleAsync(c => c.Id == meeting.CaseId, cancellationToken);
            found.PlanVoted(request.On.Value, closed.Adopted == true, await calendar.GetAsync(cancellationToken));
        }

        if (closed.ResultNoticeDue is not null)
        {
            db.Publications.Add(PublicationDuty.MeetingResult(await cases.FindAsync(meeting.CaseId, cancellationToken), meeting, closed));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
