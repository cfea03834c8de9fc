using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// How many of a unit's open items fall due on a day: the assessment's "overdue now" is the sum of a unit's days before
/// today, a few rows per unit where counting the open items themselves reads every one of them. The database alone
/// writes it: triggers on <c>coordination.items</c> add and subtract in the statement, and so the transaction, that
/// opens, closes, moves or reassigns an item, whatever the path (the module's saves, a migration, plain SQL).
/// </summary>
internal sealed class OpenItemCount : ITenantOwned
{
    private OpenItemCount()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>Open items of the unit due that day (zero once they are all closed or moved; the row stays).</summary>
    public int Count { get; private set; }
}
