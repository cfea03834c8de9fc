using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Deregistration.Features.Files;

/// <summary>
/// The county's calendar changed (in its scope, from the envelope): the open due dates this module computed — the
/// administrator's application (art. 121) and each status publication — are computed again from their start.
/// </summary>
public static class CalendarChangedHandler
{
    public static async Task Handle(HolidayCalendarChanged message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeregistrationDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
        var files = await db.Files.Include(f => f.Steps).Include(f => f.Publications).AsSplitQuery()
            .Where(f => f.Publications.Any(p => p.PublishedOn == null) || (f.TerminatedOn != null && f.CompletedOn == null))
            .ToListAsync(cancellationToken);
        var moved = false;
        foreach (var file in files)
        {
            moved |= file.Recompute(calendar); // every file, not only up to the first that moves
        }

        if (moved)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
