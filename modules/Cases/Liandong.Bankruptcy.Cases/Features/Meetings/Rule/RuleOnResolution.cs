using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Features.Advance;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Rule;

/// <summary>
/// The court's ruling on a resolution the meeting did not adopt (arts. 65, 87(2)); approving a reorganization plan over
/// a rejecting class, <c>forcedApprovalFindings</c> says how each of art. 87(2)(1)–(6) is met, in order.
/// </summary>
internal sealed record MeetingRulingRequest(
    int? Resolution, RulingRequest? Ruling, [property: MaxItems(CreditorsMeeting.ForcedApprovalConditions)] IReadOnlyList<string>? ForcedApprovalFindings = null)
    : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }

        RulingRequest.Validate(errors, "ruling", Ruling);
        for (var i = 0; i < (ForcedApprovalFindings?.Count ?? 0); i++)
        {
            errors.RequiredText($"forcedApprovalFindings[{i}]", ForcedApprovalFindings![i], 1000);
        }
    }
}

/// <summary>The court rules on a resolution the meeting did not adopt (arts. 65, 87(2)).</summary>
internal sealed class RuleOnResolution(CasesDbContext db, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, MeetingRulingRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.RuleOn(request.Resolution!.Value, new Ruling(request.Ruling!.Number!.Trim(), request.Ruling.Date!.Value, request.Ruling.Kind!.Trim()),
            await calendar.GetAsync(cancellationToken), request.ForcedApprovalFindings?.Select(f => f.Trim()).ToList()).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
