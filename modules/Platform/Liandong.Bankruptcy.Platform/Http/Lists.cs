using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>The one list shape: a page of items and the keyset cursor of the next page (null on the last).</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Paging parameters every list takes: <c>?limit=</c> (1–200, default 50) and <c>?cursor=</c>.</summary>
public sealed record PageRequest(int Limit, string? Cursor)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static ValueTask<PageRequest?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var raw) &&
            (!int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            var errors = new ValidationErrors();
            errors.Add("limit", "validation.range", 1, MaxLimit);
            throw new ValidationException(errors);
        }

        return ValueTask.FromResult<PageRequest?>(new PageRequest(limit, query["cursor"].FirstOrDefault()));
    }

    /// <summary>The keys of the last row of the previous page, or null for the first page; 400 when tampered with.</summary>
    public TKey? After<TKey>()
    {
        if (string.IsNullOrEmpty(Cursor))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(Cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new BusinessException("platform.invalid_cursor", 400);
        }
    }

    /// <summary>Builds the page from up to <see cref="Limit"/> + 1 rows read in index order.</summary>
    public ListResponse<T> Page<T, TKey>(IReadOnlyList<T> rows, Func<T, TKey> keyOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keyOf);
        if (rows.Count <= Limit)
        {
            return new ListResponse<T>(rows, null);
        }

        var items = rows.Take(Limit).ToList();
        var next = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keyOf(items[^1])));
        return new ListResponse<T>(items, next);
    }
}

/// <summary>Validation errors raised outside a request body (query parameters, headers).</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(ValidationErrors errors)
        : base("validation failed") => Errors = errors;

    public ValidationException()
        : this(new ValidationErrors())
    {
    }

    public ValidationException(string message)
        : base(message) => Errors = new ValidationErrors();

    public ValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = new ValidationErrors();

    public ValidationErrors Errors { get; }
}
