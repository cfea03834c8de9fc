using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using System.Globalization;
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
        else if (HeldOn < NoticeSentOn)
        {
            errors.Add("heldOn", "validation.held_before_notice", HeldOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                NoticeSentOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>Convenes the case's next meeting; after the first, its notice becomes a publication duty (art. 63).</summary>
internal sealed class ConveneMeeting(CasesDbContext db, CaseReader cases)
{
    public async Task<Guid> HandleAsync(Guid caseId, ConveneRequest request, CancellationToken cancellationToken)
    {
        var found = await cases.FindAsync(caseId, cancellationToken);
        if (found.AcceptedOn is { } accepted && request.NoticeSentOn < accepted)
        {
            throw BusinessException.Rule("cases.meeting_notice_before_acceptance", request.NoticeSentOn.Value, accepted); // a meeting of an accepted case
        }

        var first = request.First ?? false;
        if (!CreditorsMeeting.NoticeSuffices(first, request.NoticeSentOn!.Value, request.HeldOn!.Value))
        {
            throw BusinessException.Rule("cases.meeting_notice_too_short", CreditorsMeeting.NoticeDays, request.NoticeSentOn.Value, request.HeldOn.Value);
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
