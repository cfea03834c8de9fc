using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Publications.Published;

internal sealed record PublishedRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>Marks a publication duty published on a date (not before it started, once); the acceptance announcement meets the case's 通知和公告 duty with it.</summary>
internal sealed class MarkPublished(CasesDbContext db, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, PublishedRequest request, CancellationToken cancellationToken)
    {
        var duty = await db.Publications.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(duty, expected);
        duty.MarkPublished(request.On!.Value).OrRefuse();
        if (duty.Kind == Domain.Publications.PublicationKind.AcceptanceAnnouncement)
        {
            await AcceptanceAnnouncement.MetAsync(db, duty.CaseId, request.On.Value, calendar, cancellationToken); // the case's 通知和公告 duty with it
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
