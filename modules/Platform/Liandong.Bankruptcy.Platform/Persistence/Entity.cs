namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>A row with a time-ordered uuid v7 key and created/updated stamps (UTC).</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; internal set; }

    public DateTimeOffset UpdatedAt { get; internal set; }
}

/// <summary>
/// The root of an aggregate. <see cref="Version"/> is PostgreSQL's <c>xmin</c>: served as the ETag, checked against
/// If-Match on every update. A change to a child must touch its root (<see cref="Touch"/>) so the version moves.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public uint Version { get; internal set; }

    /// <summary>Marks the root modified so its row, and so its version, changes with a child's change.</summary>
    public void Touch() => Touched = true;

    internal bool Touched { get; set; }
}

/// <summary>A row that belongs to one county. The tenant id is stamped on insert from the current scope.</summary>
#pragma warning disable CA1040 // marker read by the model builder, the stamping and the isolation harness
public interface ITenantOwned
{
    Guid TenantId { get; }
}
#pragma warning restore CA1040
