using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Deadlines;

/// <summary>
/// The county's calendar changed (handled in that county's scope, opened from the envelope): every open deadline is
/// recomputed from its start and period (a period that follows another's end from that one's new end), so a new holiday moves a due date and a newly published year ends a
/// provisional mark. Idempotent: a second delivery finds nothing to move.
/// </summary>
public static class CalendarChangedHandler
{
    public static async Task Handle(HolidayCalendarChanged message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
        // The open deadlines, and the ends the periods that follow another count from (recomputed first).
        var open = await db.Deadlines.Where(d => d.Status == DeadlineStatus.Open || DeadlineRules.CountedFrom.Contains(d.Kind)).ToListAsync(cancellationToken);
        // The periods a meeting's tally and the court's ruling on it start (arts. 64(2), 66; Interpretation III art. 11).
        var resolutions = await db.Set<Domain.Meetings.MeetingResolution>()
            .Where(r => r.ResultNoticeDue != null || r.ChallengeDue != null || r.ReconsiderationDue != null).ToListAsync(cancellationToken);
        var movedResolutions = resolutions.Count(r => r.Recompute(calendar)); // every one, not only up to the first that moves
        if (BankruptcyCase.Recompute(open, calendar) | movedResolutions > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
