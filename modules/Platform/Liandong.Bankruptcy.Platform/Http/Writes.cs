using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// The one shape of a resource's answers: a read, an update and a create all answer with the representation the GET
/// of that resource gives, its version as the ETag. Updates take the version from If-Match (428 without).
/// </summary>
public static class Writes
{
    /// <summary>A GET: the representation, its version as the ETag.</summary>
    public static Ok<T> Represent<T>(this HttpContext http, T representation)
        where T : IVersioned
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = Versions.ToETag(representation.Version);
        return TypedResults.Ok(representation);
    }

    /// <summary>An update: the version from If-Match, the change at that version, then the resource as its GET reads it.</summary>
    public static async Task<Ok<T>> UpdateAsync<T>(this HttpContext http, Func<uint, Task> change, Func<Task<T>> read)
        where T : IVersioned
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(read);
        await change(http.RequiredIfMatch());
        return http.Represent(await read());
    }

    /// <summary>
    /// A create: the new resource's id, then the resource as its GET reads it (its version as the ETag when it has one),
    /// at <paramref name="location"/>. Under an Idempotency-Key that an earlier request committed, nothing is created:
    /// the earlier resource is read instead (<see cref="Idempotency.WithIdempotency{TCreated}"/>).
    /// </summary>
    public static async Task<Created<T>> CreateAsync<T>(this HttpContext http, Func<Task<Guid>> create, Func<Guid, Task<T>> read, Func<Guid, string> location)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(location);
        var keyed = http.Features.Get<IdempotentCreate>();
        Guid id;
        if (keyed?.ReplayOf is { } earlier)
        {
            id = earlier;
        }
        else
        {
            id = await create();
            if (keyed is not null && keyed.RecordedId != id)
            {
                throw new InvalidOperationException(
                    $"The create answered {id} but its save recorded the Idempotency-Key with {keyed.RecordedId?.ToString() ?? "nothing"}: " +
                    $"WithIdempotency<{keyed.Created.Name}>() names the wrong entity.");
            }
        }

        var representation = await read(id);
        if (representation is IVersioned versioned)
        {
            http.Response.Headers.ETag = Versions.ToETag(versioned.Version);
        }

        return TypedResults.Created(location(id), representation);
    }
}
