using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Consent;

/// <summary><c>{consented, note?}</c>: the leadership group's decision on a raised item.</summary>
internal sealed record ConsentRequest(bool? Consented, string? Note) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Consented is null)
        {
            errors.Add("consented", "validation.required");
        }

        errors.OptionalText("note", Note, 500);
    }
}

/// <summary>The leadership group consents (the item reaches its unit, due from today) or refuses.</summary>
internal sealed class ConsentToItem(CoordinationDbContext db, IHolidayCalendar calendars, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, ConsentRequest request, CancellationToken cancellationToken)
    {
        var item = await db.ForChangeAsync(id, expected, cancellationToken);
        item.Decide(request.Consented!.Value, request.Note?.Trim(), clock.Today(), await calendars.GetAsync(cancellationToken),
            await db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow()).OrRefuse(item.Status);
        await db.SaveChangesAsync(cancellationToken);
    }
}
