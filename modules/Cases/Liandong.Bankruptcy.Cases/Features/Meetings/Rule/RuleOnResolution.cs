using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Advance;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Rule;

/// <summary>The court's ruling on a resolution the meeting did not adopt (arts. 65, 87(2)).</summary>
internal sealed record MeetingRulingRequest(int? Resolution, RulingRequest? Ruling) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }

        RulingRequest.Validate(errors, "ruling", Ruling);
    }
}

/// <summary>The court rules on a resolution the meeting did not adopt (arts. 65, 87(2)).</summary>
internal sealed class RuleOnResolution(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, MeetingRulingRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.RuleOn(request.Resolution!.Value, new Ruling(request.Ruling!.Number!.Trim(), request.Ruling.Date!.Value, request.Ruling.Kind!.Trim())).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
