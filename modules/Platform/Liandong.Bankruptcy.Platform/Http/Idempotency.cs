using System.Reflection;
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
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Http;

public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// A create endpoint that honours <c>Idempotency-Key</c>: the same key with the same body gets the first answer
    /// again (and creates nothing more); with another body, 422. Keys are per county and user.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>();
}

internal sealed class IdempotencyFilter(IServiceScopeFactory scopes, IOptions<JsonOptions> json) : IEndpointFilter
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
        var hash = RequestHash(http, context.Arguments);

        // A scope of its own, so the reservation never shares a change tracker with the handler's work.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var record = new IdempotencyRecord(userId, key, hash);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return await Replay(db, http, userId, key, hash);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await Release(db, record);
            throw;
        }

        if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
        {
            var body = result is IValueHttpResult { Value: { } value }
                ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions)
                : null;
            var location = result.GetType().GetProperty("Location", BindingFlags.Public | BindingFlags.Instance)?.GetValue(result) as string;
            record.Complete(success.StatusCode!.Value, body, location, http.Response.Headers.ETag.FirstOrDefault());
            await db.SaveChangesAsync(CancellationToken.None);
        }
        else
        {
            // Refused requests change nothing, so the key stays free for a corrected retry.
            await Release(db, record);
        }

        return result;
    }

    private static async Task<IResult> Replay(PlatformDbContext db, HttpContext http, Guid? userId, string key, string hash)
    {
        db.ChangeTracker.Clear();
        var stored = await db.IdempotencyRecords.AsNoTracking()
            .SingleAsync(r => r.UserId == userId && r.Key == key, http.RequestAborted);
        if (stored.RequestHash != hash)
        {
            throw new BusinessException("platform.idempotency_key_reused", 422);
        }

        if (stored.StatusCode is not { } status)
        {
            throw new BusinessException("platform.idempotency_in_progress", 409);
        }

        http.Response.Headers[Idempotency.ReplayedHeader] = "true";
        if (stored.ETag is not null)
        {
            http.Response.Headers.ETag = stored.ETag;
        }

        if (stored.Location is not null)
        {
            http.Response.Headers.Location = stored.Location;
        }

        return stored.ResponseBody is null
            ? Results.StatusCode(status)
            : Results.Content(stored.ResponseBody, "application/json; charset=utf-8", Encoding.UTF8, status);
    }

    private static async Task Release(PlatformDbContext db, IdempotencyRecord record)
    {
        db.IdempotencyRecords.Remove(record);
        await db.SaveChangesAsync(CancellationToken.None);
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
