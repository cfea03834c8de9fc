using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Identity;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Start;

/// <summary>Start work on an item of the user's unit (its unit only).</summary>
internal sealed class StartItem(CoordinationDbContext db, ICurrentUnit unit, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, CancellationToken cancellationToken)
    {
        var item = await db.ForUnitWorkAsync(id, expected, unit, cancellationToken);
        item.BeginWork(audit.UserId, clock.GetUtcNow()).OrRefuse(item.Status);
        await db.SaveChangesAsync(cancellationToken);
    }
}
