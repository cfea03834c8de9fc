using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Auditing;

/// <summary>
/// One state-changing request (any method but GET, HEAD, OPTIONS), whatever its outcome. Append-only: the
/// application role may insert and read, never update or delete. Kept at least 6 months.
/// </summary>
internal sealed class AuditRequest : ITenantOwned
{
    internal const int UserNameLength = 64, ClientAddressLength = 64, MethodLength = 10, RouteLength = 200, PathLength = 400;

    private AuditRequest()
    {
    }

    public AuditRequest(Guid tenantId, Guid? userId, string? userName, Guid? unitId, string clientAddress, string method,
        string route, string path, int status, int durationMs, string correlationId, DateTimeOffset at, string? action = null, Guid? subjectId = null)
    {
        Action = action;
        SubjectId = subjectId;
        TenantId = tenantId;
        UserId = userId;
        UserName = userName is null ? null : Fitted(userName, UserNameLength);
        UnitId = unitId;
        ClientAddress = Fitted(clientAddress, ClientAddressLength);
        Method = Fitted(method, MethodLength);
        Route = Fitted(route, RouteLength);
        Path = Fitted(path, PathLength);
        Status = status;
        DurationMs = durationMs;
        CorrelationId = correlationId;
        At = at;
    }

    public long Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public Guid? UnitId { get; private set; }

    public string ClientAddress { get; private set; } = "";

    public string Method { get; private set; } = "";

    /// <summary>The route template (<c>/api/platform/units/{id:guid}</c>), so requests group by endpoint.</summary>
    public string Route { get; private set; } = "";

    public string Path { get; private set; } = "";

    /// <summary>The OpenAPI operation the request ran (a page's form: the operation of the same use case); see <see cref="AuditActions"/>.</summary>
    public string? Action { get; private set; }

    /// <summary>What the request acted on: the resource its route names, or the one it created.</summary>
    public Guid? SubjectId { get; private set; }

    public int Status { get; private set; }

    public int DurationMs { get; private set; }

    public string CorrelationId { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    // What the client sent (a path, a method) is kept as far as its column holds, without NUL characters, which
    // PostgreSQL's text refuses: the record of a request is never lost to the request's own oddity.
    private static string Fitted(string value, int length)
    {
        var text = value.Replace("\0", string.Empty, StringComparison.Ordinal);
        return text.Length <= length ? text : text[..length];
    }
}

/// <summary>
/// One entity change (or a read of protected data): which entity, what happened, and each changed property with its
/// old and new value; protected values appear only as changed, never in clear. Written in the same transaction as
/// the change itself.
/// </summary>
internal sealed class AuditChange : ITenantOwned
{
    private AuditChange()
    {
    }

    public AuditChange(Guid tenantId, Guid? userId, string correlationId, string entityType, string entityId, string operation,
        string changes, DateTimeOffset at)
    {
        TenantId = tenantId;
        UserId = userId;
        CorrelationId = correlationId;
        EntityType = entityType;
        EntityId = entityId;
        Operation = operation;
        Changes = changes;
        At = at;
    }

    public long Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string CorrelationId { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>Added, Modified, Deleted, or ProtectedRead.</summary>
    public string Operation { get; private set; } = "";

    /// <summary>JSON: property → {"old": …, "new": …}; a protected property → "changed".</summary>
    public string Changes { get; private set; } = "{}";

    public DateTimeOffset At { get; private set; }
}

/// <summary>Marks a property whose value is never written to the audit in clear (personal data, secrets).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProtectedAttribute : Attribute;
