using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Minutes;

internal sealed record MinutesRequest(string? Minutes) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("minutes", Minutes, 20000);
}

/// <summary>Records the meeting's minutes.</summary>
internal sealed class RecordMinutes(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, MinutesRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.RecordMinutes(request.Minutes!.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}
