using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Circulate;

/// <summary>Circulates the results (通报): every officer of every active member unit of the county is notified, linking the meeting.</summary>
internal sealed class CirculateMemo(CoordinationDbContext db, IUnitDirectory units, IMemberDirectory members, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, DateRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.Circulate(request.On!.Value).OrRefuse();
        var all = await units.ActiveAsync(cancellationToken);
        var text = $"通报：{meeting.Topic}（{meeting.HeldOn:yyyy-MM-dd}）会议备忘事项办理情况。";
        var now = clock.GetUtcNow();
        foreach (var user in await members.MembersOfAsync([.. all.Select(u => u.Id)], cancellationToken))
        {
            db.Notifications.Add(new Notification(user, null, text, now, $"/coordination/meetings/{meeting.Id}"));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
