namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// A create made under an Idempotency-Key: the key, what was asked (a hash of the method, path and body) and the id of
/// what it created. Written by the create's own save, in its transaction (<see cref="ModuleDbContext"/>), so a create
/// that committed always has its record and one that did not leaves none; the unique key refuses a concurrent twin.
/// </summary>
internal sealed class IdempotencyRecord : Entity, ITenantOwned
{
    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(Guid? userId, string key, string requestHash, Guid resourceId)
    {
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
        ResourceId = resourceId;
    }

    public Guid TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string Key { get; private set; } = "";

    public string RequestHash { get; private set; } = "";

    /// <summary>The id the create answered with; a retry answers with this resource as its GET reads it.</summary>
    public Guid ResourceId { get; private set; }
}

/// <summary>A save refused because a request with the same Idempotency-Key committed its create first.</summary>
internal sealed class IdempotencyKeyTakenException(Exception inner)
    : Exception("A request with the same Idempotency-Key committed first.", inner);
