using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Identity;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>What the unit's own steps on an item share: the item at the version the user saw, and only for its unit.</summary>
internal static class ItemWorkbench
{
    /// <summary>The item, tracked, at <paramref name="expected"/> (404, 412), if it is assigned to the user's unit (403 otherwise).</summary>
    public static async Task<CoordinationItem> ForUnitWorkAsync(this CoordinationDbContext db, Guid id, uint expected, ICurrentUnit unit, CancellationToken cancellationToken)
    {
        var item = await db.ForChangeAsync(id, expected, cancellationToken);
        return unit.Unit?.Id == item.UnitId ? item : throw new BusinessException("coordination.not_your_unit", 403);
    }
}
