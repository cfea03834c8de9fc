using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// A unit's day in numbers (architecture.md, "Tenancy"): items assigned, completed, completed on time, gone overdue and
/// returned that day, and the working days the completed ones took. Each county's own work adds to them in the transaction that does the work (the item's
/// <see cref="CoordinationItem.TakeCounterDeltas"/>, written by <c>CoordinationDbContext</c>); the city supervisor reads
/// them for every county through one narrow database function that returns counts only.
/// </summary>
internal sealed class UnitDayCounter : ITenantOwned
{
    private UnitDayCounter()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly Day { get; private set; }

    public string UnitName { get; private set; } = "";

    public int Assigned { get; private set; }

    public int Completed { get; private set; }

    public int OnTime { get; private set; }

    public int Overdue { get; private set; }

    public int Returned { get; private set; }

    /// <summary>The working days the items completed that day took, from the day each started counting (summed).</summary>
    public int HandlingDays { get; private set; }
}

/// <summary>What one change of an item adds to its unit's day.</summary>
internal readonly record struct CounterDelta(
    Guid UnitId, string UnitName, DateOnly Day, int Assigned = 0, int Completed = 0, int OnTime = 0, int Overdue = 0, int Returned = 0, int HandlingDays = 0);
