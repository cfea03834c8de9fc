using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Return;

/// <summary><c>{reason}</c>: why the unit hands the item back (退回).</summary>
internal sealed record ReturnRequest(string? Reason) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("reason", Reason, 500);
}

/// <summary>The unit returns an item it cannot work, with its reason; the office reassigns it.</summary>
internal sealed class ReturnItem(CoordinationDbContext db, ICurrentUnit unit, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, ReturnRequest request, CancellationToken cancellationToken)
    {
        var item = await db.ForUnitWorkAsync(id, expected, unit, cancellationToken);
        item.Return(request.Reason!.Trim(), audit.UserId, clock.GetUtcNow()).OrRefuse(item.Status);
        await db.SaveChangesAsync(cancellationToken);
    }
}
