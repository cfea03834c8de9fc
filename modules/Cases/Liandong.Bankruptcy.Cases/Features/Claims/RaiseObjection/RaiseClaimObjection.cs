using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Features.Claims.RaiseObjection;

internal sealed record ObjectionRequest(string? Reason, DateOnly? RaisedOn, DateOnly? MeetingReviewedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("reason", Reason, 500);
        if (RaisedOn is null)
        {
            errors.Add("raisedOn", "validation.required");
        }

        if (MeetingReviewedOn is null)
        {
            errors.Add("meetingReviewedOn", "validation.required");
        }
    }
}

/// <summary>A creditor objects to a reviewed line; the last day to sue runs from the meeting that reviewed it.</summary>
internal sealed class RaiseClaimObjection(CasesDbContext db, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, ObjectionRequest request, CancellationToken cancellationToken)
    {
        var working = await calendar.GetAsync(cancellationToken);
        var claim = await db.ClaimForChangeAsync(id, expected, cancellationToken);
        claim.RaiseObjection(request.Reason!.Trim(), request.RaisedOn!.Value, request.MeetingReviewedOn!.Value, working).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
