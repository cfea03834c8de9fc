using System.Globalization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// Optimistic concurrency over HTTP: reads carry the aggregate's version as a strong ETag; updates must send it back
/// in If-Match (428 without, 412 when stale), and the save itself is conditional on it, so no update is ever lost.
/// </summary>
public static class Versions
{
    public static string ToETag(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpContext context, AggregateRoot root)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(root);
        context.Response.Headers.ETag = ToETag(root.Version);
    }

    /// <summary>The version the client based its update on; 428 when If-Match is missing or not one of ours.</summary>
    public static uint RequiredIfMatch(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint() is { } endpoint && !ApiDescriptions.NeedsIfMatch(endpoint.Metadata))
        {
            // The OpenAPI document would not say so: the endpoint must declare .RequiresIfMatch().
            throw new InvalidOperationException($"{endpoint.DisplayName} reads If-Match without declaring RequiresIfMatch()");
        }

        var header = context.Request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        if (header.Length > 2 && header[0] == '"' && header[^1] == '"' &&
            uint.TryParse(header.AsSpan(1, header.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new BusinessException("platform.version_required", 428);
    }

    /// <summary>
    /// Refuses (412) an update based on another version than <paramref name="root"/>'s, and makes the save
    /// conditional on that version, so a concurrent change between this check and the save is refused too.
    /// </summary>
    public static void ExpectVersion(this DbContext db, AggregateRoot root, uint expected)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(root);
        if (root.Version != expected)
        {
            throw new BusinessException("platform.version_stale", 412);
        }

        db.Entry(root).Property(r => r.Version).OriginalValue = expected;
        if (db is ModuleDbContext module)
        {
            module.ExpectsVersion = true;
        }
    }

    /// <summary>
    /// For a record that exists only once saved (a county's settings, a case's committee): an update of one not yet
    /// stored must be based on version 0 (the version its defaults are served with), and adds it; otherwise as
    /// <see cref="ExpectVersion"/>. Returns the record to change.
    /// </summary>
    public static T ExpectVersionOrAdd<T>(this DbContext db, T? existing, uint expected, Func<T> create)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(create);
        if (existing is not null)
        {
            db.ExpectVersion(existing, expected);
            return existing;
        }

        if (expected != 0)
        {
            throw new BusinessException("platform.version_stale", 412);
        }

        var made = create();
        db.Add(made);
        return made;
    }
}
