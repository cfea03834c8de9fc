using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance.ClaimPeriod;

internal sealed record ClaimPeriodRequest(DateOnly? AnnouncedOn, DateOnly? ClaimDeadline) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (AnnouncedOn is null)
        {
            errors.Add("announcedOn", "validation.required");
        }

        if (ClaimDeadline is null)
        {
            errors.Add("claimDeadline", "validation.required");
        }
    }
}

/// <summary>
/// The claim period the court announced (art. 45): 30 days to 3 months from the announcement; it brings the first
/// meeting due (art. 62). <see cref="ClaimPeriodSet"/> commits with it.
/// </summary>
internal sealed class SetClaimPeriod(IDbContextOutbox<CasesDbContext> outbox, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, ClaimPeriodRequest request, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        var working = await calendar.GetAsync(cancellationToken);
        var (earliest, latest) = Domain.ClaimPeriod.Bounds(request.AnnouncedOn!.Value, working);
        found.SetClaimPeriod(request.AnnouncedOn.Value, request.ClaimDeadline!.Value, working)
            .OrRefuse(found.State, request.AnnouncedOn.Value, request.ClaimDeadline.Value, earliest, latest.Date, found.AcceptedOn ?? request.AnnouncedOn.Value);
        await Publications.AcceptanceAnnouncement.PublishedAsync(db, id, request.AnnouncedOn.Value, cancellationToken); // the announcement stated the period
        await outbox.PublishAsync(new ClaimPeriodSet(id, request.AnnouncedOn.Value, request.ClaimDeadline.Value));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
