using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Publications;

/// <summary>
/// The court's notice and announcement of acceptance (art. 14) is one act kept in two places: the case's 通知和公告 duty
/// and the acceptance announcement to publish on the bankruptcy network. Recording it in either (publishing the
/// announcement, meeting the duty, or setting the claim period the announcement states) records it in the other, on the
/// same day and in the same transaction, so the case never shows it done while the announcement waits.
/// </summary>
internal static class AcceptanceAnnouncement
{
    /// <summary>The case's acceptance announcement is published on <paramref name="on"/> (when it waits to be).</summary>
    public static async Task PublishedAsync(CasesDbContext db, Guid caseId, DateOnly on, CancellationToken cancellationToken)
    {
        var duty = await db.Publications.Where(p => p.CaseId == caseId && p.Kind == PublicationKind.AcceptanceAnnouncement && p.PublishedOn == null)
            .OrderByDescending(p => p.StartsOn).FirstOrDefaultAsync(cancellationToken);
        duty?.MarkPublished(on);
    }

    /// <summary>The case's 通知和公告 duty is met on <paramref name="on"/> (when it is open).</summary>
    public static async Task MetAsync(CasesDbContext db, Guid caseId, DateOnly on, IHolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Include(c => c.Deadlines).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (found?.Deadlines.Any(d => d.Kind == DeadlineKind.Announcement && d.Status == DeadlineStatus.Open) == true)
        {
            found.MeetDeadline(DeadlineKind.Announcement, on, await calendar.GetAsync(cancellationToken));
        }
    }
}
