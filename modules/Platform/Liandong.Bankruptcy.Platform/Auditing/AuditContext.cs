using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Auditing;

/// <summary>
/// Who is acting, for the audit: the signed-in user and the request's correlation id (or the message's); and the
/// request's Idempotency-Key, which the create's own save records.
/// </summary>
public interface IAuditContext
{
    Guid? UserId { get; }

    string CorrelationId { get; }

    /// <summary>The create this request makes under an Idempotency-Key, if any.</summary>
    IdempotentCreate? IdempotentCreate => null;

    /// <summary>Notes the aggregate this request created, for the audit log's subject when its route names none.</summary>
    void Created(Guid id)
    {
    }
}

internal sealed class HttpAuditContext(IHttpContextAccessor accessor) : IAuditContext
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string CorrelationId => accessor.HttpContext is { } http ? Http.CorrelationId.Get(http) : "background";

    public IdempotentCreate? IdempotentCreate => accessor.HttpContext?.Features.Get<IdempotentCreate>();

    public const string CreatedItem = "Liandong.AuditCreated";

    public void Created(Guid id) => accessor.HttpContext?.Items.TryAdd(CreatedItem, id);
}
