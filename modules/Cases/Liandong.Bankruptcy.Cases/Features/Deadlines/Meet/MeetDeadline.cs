using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Features.Deadlines.Meet;

internal sealed record MeetDeadlineRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>Records that a duty with a deadline was met on a date, starting the periods that count from it (an unknown kind is 404).</summary>
internal sealed class MeetDeadline(CasesDbContext db, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, string kind, MeetDeadlineRequest request, CancellationToken cancellationToken)
    {
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        if (!Enum.TryParse<DeadlineKind>(kind, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            throw BusinessException.NotFound();
        }

        found.MeetDeadline(parsed, request.On!.Value, await calendar.GetAsync(cancellationToken)).OrRefuse(request.On!.Value, found.Deadlines.SingleOrDefault(d => d.Kind == parsed)?.StartsOn ?? request.On.Value);
        if (parsed == DeadlineKind.Announcement)
        {
            await Publications.AcceptanceAnnouncement.PublishedAsync(db, id, request.On.Value, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
