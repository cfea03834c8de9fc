using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Platform.Http;

public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// A create endpoint that honours <c>Idempotency-Key</c> (keys are per county and user). The save that adds the
    /// <typeparamref name="TCreated"/> records the key with its id, in the create's own transaction: a retry of a create
    /// that committed answers 201 with that resource as its GET reads it (and creates nothing); one that did not commit
    /// (refused, or the host died) left nothing, so the retry creates. The same key with another body: 422. The
    /// endpoint answers through <see cref="Writes.CreateAsync{T}"/>, which reads instead of creating on a replay.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency<TCreated>(this RouteHandlerBuilder builder)
        where TCreated : Entity =>
        builder.WithMetadata(new IdempotentCreateOf(typeof(TCreated))).AddEndpointFilter<IdempotencyFilter>();
}

/// <summary>The create a request makes under an Idempotency-Key (an HTTP feature of the request).</summary>
public sealed class IdempotentCreate
{
    internal IdempotentCreate(Guid? userId, string key, string requestHash, Type created)
    {
        UserId = userId;
        Key = key;
        RequestHash = requestHash;
        Created = created;
    }

    internal Guid? UserId { get; }

    internal string Key { get; }

    internal string RequestHash { get; }

    /// <summary>The entity type whose insert is the create.</summary>
    internal Type Created { get; }

    /// <summary>The id this request's save recorded with the key.</summary>
    internal Guid? RecordedId { get; set; }

    /// <summary>The id an earlier request with this key created: read it, create nothing.</summary>
    internal Guid? ReplayOf { get; set; }
}

internal sealed record IdempotentCreateOf(Type Created);

internal sealed class IdempotencyFilter(IOptions<JsonOptions> json) : IEndpointFilter
{
    private const int MaxKeyLength = 100;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Idempotency.Header].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength || key.Any(char.IsControl))
        {
            var errors = new ValidationErrors();
            errors.Add(Idempotency.Header, "validation.invalid_header", Idempotency.Header);
            throw new ValidationException(errors);
        }

        var userId = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var created = http.GetEndpoint()!.Metadata.GetRequiredMetadata<IdempotentCreateOf>().Created;
        var create = new IdempotentCreate(userId, key, RequestHash(http, context.Arguments), created);
        http.Features.Set(create);
        if (await FindAsync(http, create) is { } earlier)
        {
            return await ReplayAsync(context, next, create, earlier);
        }

        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is IdempotencyKeyTakenException or BusinessException or DbUpdateException)
        {
            // A twin with the same key may have committed while this request ran: then this one was refused by the
            // twin's work (its key, or a name it took first) and rolled back, and its answer is the twin's.
            if (await FindAsync(http, create) is { } twin)
            {
                return await ReplayAsync(context, next, create, twin);
            }

            throw;
        }
    }

    private static Task<IdempotencyRecord?> FindAsync(HttpContext http, IdempotentCreate create) =>
        http.RequestServices.GetRequiredService<PlatformDbContext>().IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.UserId == create.UserId && r.Key == create.Key, http.RequestAborted);

    private static async ValueTask<object?> ReplayAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, IdempotentCreate create, IdempotencyRecord earlier)
    {
        if (earlier.RequestHash != create.RequestHash)
        {
            throw new BusinessException("platform.idempotency_key_reused", 422);
        }

        create.ReplayOf = earlier.ResourceId;
        context.HttpContext.Response.Headers[Idempotency.ReplayedHeader] = "true";
        return await next(context);
    }

    private string RequestHash(HttpContext http, IList<object?> arguments)
    {
        var text = new StringBuilder(http.Request.Method).Append(' ').Append(http.Request.Path);
        foreach (var body in arguments.OfType<IValidatable>())
        {
            text.Append('\n').Append(JsonSerializer.Serialize(body, body.GetType(), json.Value.SerializerOptions));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
