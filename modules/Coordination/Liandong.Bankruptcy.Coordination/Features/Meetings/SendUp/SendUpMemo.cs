using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.SendUp;

/// <summary>Sends the memo's results up for the leadership group's review (呈送), once, after the memo.</summary>
internal sealed class SendUpMemo(CoordinationDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, DateRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.SendUp(request.On!.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
