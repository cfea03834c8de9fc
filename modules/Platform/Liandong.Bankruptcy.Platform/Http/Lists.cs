using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Reads one page in the order of a unique string key (served by an index on it): the rows after the cursor's key,
    /// up to <see cref="Limit"/> + 1 of them, projected, and the cursor of the next page.
    /// </summary>
    public async Task<ListResponse<TDto>> ReadAsync<T, TDto>(
        IQueryable<T> query, Expression<Func<T, string>> key, Expression<Func<T, TDto>> select, Func<TDto, string> keyOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(key);
        if (After<string>() is { } after)
        {
            // key.CompareTo(cursor.Value) > 0, with the value read from a member so that EF sends it as a parameter.
            var cursor = Expression.Property(Expression.Constant(new CursorValue(after)), nameof(CursorValue.Value));
            var compare = Expression.Call(key.Body, typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!, cursor);
            query = query.Where(Expression.Lambda<Func<T, bool>>(Expression.GreaterThan(compare, Expression.Constant(0)), key.Parameters));
        }

        var rows = await query.OrderBy(key).Take(Limit + 1).Select(select).ToListAsync(cancellationToken);
        return Page(rows, keyOf);
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

internal sealed record CursorValue(string Value);

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
