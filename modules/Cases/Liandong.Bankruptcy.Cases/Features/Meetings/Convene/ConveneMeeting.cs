using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Convene;

internal sealed record ConveneRequest(bool? First, DateOnly? NoticeSentOn, DateOnly? HeldOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (NoticeSentOn is null)
        {
            errors.Add("noticeSentOn", "validation.required");
        }

        if (HeldOn is null)
        {
            errors.Add("heldOn", "validation.required");
        }
    }
}

/// <summary>Convenes the case's next meeting; after the first, its notice becomes a publication duty (art. 63).</summary>
internal sealed class ConveneMeeting(CasesDbContext db, CaseReader cases)
{
    public async Task<Guid> HandleAsync(Guid caseId, ConveneRequest request, CancellationToken cancellationToken)
    {
        var found = await cases.FindAsync(caseId, cancellationToken);
        var first = request.First ?? false;
        if (!CreditorsMeeting.NoticeSuffices(first, request.NoticeSentOn!.Value, request.HeldOn!.Value))
        {
            throw BusinessException.Rule("cases.meeting_notice_too_short", CreditorsMeeting.NoticeDays);
        }

        var meeting = await db.SaveNumberedAsync(async () =>
        {
            var number = await db.Meetings.Where(m => m.CaseId == caseId).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0;
            var made = db.Meetings.Add(new CreditorsMeeting(caseId, number + 1, first, request.NoticeSentOn.Value, request.HeldOn.Value)).Entity;
            if (!first)
            {
                db.Publications.Add(PublicationDuty.MeetingNotice(found, made));
            }

            return made;
        }, cancellationToken);
        return meeting.Id;
    }
}
