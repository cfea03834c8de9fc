using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>A request body that checks itself; the validation filter answers 400 with field errors before any handler runs.</summary>
public interface IValidatable
{
    void Validate(ValidationErrors errors);
}

/// <summary>Field errors, each a stable code (<c>validation.required</c>) with arguments, localized when answered.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<(string Code, object[] Args)>> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string code, params object[] args)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add((code, args));
    }

    /// <summary>Required and at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public void RequiredText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "validation.required");
        }
        else
        {
            OptionalText(field, value, maxLength);
        }
    }

    public void OptionalText(string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, "validation.max_length", maxLength);
        }
    }

    private static readonly DateOnly EarliestDate = new(1990, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>Required, and within 1990–2100 (a date typed with a wrong year is refused, not kept).</summary>
    public void RequiredDate(string field, DateOnly? date)
    {
        if (date is null)
        {
            Add(field, "validation.required");
        }
        else if (date < EarliestDate || date > LatestDate)
        {
            Add(field, "validation.invalid_value");
        }
    }

    /// <summary>Absent, or a year of the same span as <see cref="RequiredDate"/> (1990–2100).</summary>
    public void OptionalYear(string field, int? year)
    {
        if (year is { } value && (value < EarliestDate.Year || value > LatestDate.Year))
        {
            Add(field, "validation.invalid_value");
        }
    }

    public void Defined<TEnum>(string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            Add(field, "validation.required");
        }
        else if (!Enum.IsDefined(value.Value))
        {
            Add(field, "validation.invalid_value");
        }
    }

    internal Dictionary<string, string[]> Localize(HttpContext context) =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(v => Localization.ModuleMessages.Localize(context, v.Code, v.Args)).ToArray());

    internal Dictionary<string, string[]> Codes() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Code).ToArray());
}

/// <summary>Checks a handler makes against the clock (a request cannot know today).</summary>
public static class ClockChecks
{
    /// <summary>400 on <paramref name="field"/> when <paramref name="on"/> is after today (in Asia/Shanghai): nothing is recorded as done tomorrow.</summary>
    public static void NotInFuture(this TimeProvider clock, DateOnly on, string field = "on")
    {
        if (on > Time.BusinessClock.Today(clock))
        {
            var errors = new ValidationErrors();
            errors.Add(field, "validation.date_in_future");
            throw new ValidationException(errors);
        }
    }
}

/// <summary>Runs <see cref="IValidatable.Validate"/> on every bound request body of the endpoint.</summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new ValidationErrors();
        foreach (var argument in context.Arguments.OfType<IValidatable>())
        {
            BoundedCollections.Check(argument, errors);
            argument.Validate(errors);
        }

        if (errors.IsEmpty)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        var result = Problems.Result(http, 400, "platform.validation_failed", errors.Localize(http));
        if (result is IValueHttpResult { Value: Microsoft.AspNetCore.Mvc.ProblemDetails problem })
        {
            problem.Extensions["errorCodes"] = errors.Codes();
        }

        return result;
    }
}

/// <summary>
/// The most items a request's list may hold: <c>[property: MaxItems(n)]</c>. The OpenAPI document shows it as
/// <c>maxItems</c>, <see cref="BoundedCollections"/> enforces it (400 <c>validation.max_items</c>) before the request's own
/// validation, and a list without it fails <c>OpenApiContractTests</c>. (Not a DataAnnotations attribute: MVC refuses
/// those on the properties of a record that a page binds.)
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxItemsAttribute(int max) : Attribute
{
    public int Max { get; } = max;
}

/// <summary>Enforces <see cref="MaxItemsAttribute"/> on a request's lists.</summary>
internal static class BoundedCollections
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (System.Reflection.PropertyInfo Property, int Max)[]> Bounds = new();

    public static void Check(object request, ValidationErrors errors)
    {
        foreach (var (property, max) in Bounds.GetOrAdd(request.GetType(), Find))
        {
            if (property.GetValue(request) is System.Collections.ICollection { Count: var count } && count > max)
            {
                errors.Add(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name), "validation.max_items", max);
            }
        }
    }

    private static (System.Reflection.PropertyInfo, int)[] Find(Type type) =>
        [.. type.GetProperties()
            .Select(p => (Property: p, Attribute: p.GetCustomAttributes(typeof(MaxItemsAttribute), true).OfType<MaxItemsAttribute>().FirstOrDefault()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Property, x.Attribute!.Max))];
}
