namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// The answer to a create request sent with an Idempotency-Key, kept so the same key and body get the same answer
/// once. Reserved before the handler runs (the unique key stops a concurrent duplicate) and completed after it.
/// </summary>
internal sealed class IdempotencyRecord : Entity, ITenantOwned
{
    private IdempotencyRecord()
    {
    }

    public IdempotencyRecord(Guid? userId, string key, string requestHash)
    {
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
    }

    public Guid TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string Key { get; private set; } = "";

    public string RequestHash { get; private set; } = "";

    public int? StatusCode { get; private set; }

    public string? ResponseBody { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public void Complete(int statusCode, string? body, string? location, string? etag)
    {
        StatusCode = statusCode;
        ResponseBody = body;
        Location = location;
        ETag = etag;
    }
}
