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

    internal static readonly DateOnly EarliestDate = new(1990, 1, 1);
    internal static readonly DateOnly LatestDate = new(2100, 12, 31);

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

/// <summary>
/// Runs <see cref="IValidatable.Validate"/> on every bound request body of the endpoint. Added as a factory: an endpoint
/// none of whose parameters can hold a request that validates itself (most reads) gets no filter at all, so ASP.NET Core
/// does not box its arguments into a filter context on every request for nothing.
/// </summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    private static readonly ValidationFilter Instance = new();

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        context.MethodInfo.GetParameters().Any(p => CanHoldRequest(p.ParameterType))
            ? invocation => Instance.InvokeAsync(invocation, next)
            : next;

    // An IValidatable type itself, or a type one could be bound to (object, an interface it implements).
    private static bool CanHoldRequest(Type type) =>
        typeof(IValidatable).IsAssignableFrom(type) || type.IsAssignableFrom(typeof(IValidatable));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new ValidationErrors();
        foreach (var argument in context.Arguments.OfType<IValidatable>())
        {
            RequestShape.Validate(argument, errors);
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
/// <c>maxItems</c>, <see cref="RequestShape"/> enforces it (400 <c>validation.max_items</c>) before the request's own
/// validation, and a list without it fails <c>OpenApiContractTests</c>. (Not a DataAnnotations attribute: MVC refuses
/// those on the properties of a record that a page binds.)
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxItemsAttribute(int max) : Attribute
{
    public int Max { get; } = max;
}

/// <summary>
/// What every request is checked for before its own <see cref="IValidatable.Validate"/>, through its nested requests and
/// lists: each list within its <see cref="MaxItemsAttribute"/> and without a null item where the items are requests
/// (<c>validation.max_items</c>, <c>validation.required</c> on <c>lines[2]</c>; a list of texts may hold a null, which a
/// form's blank field binds to, and its request treats as blank), each date within 1990–2100
/// (<c>validation.invalid_value</c>: no deadline is reckoned from the year 9999). The request's own checks run only on a
/// request of that sound shape, so they may index its lists of requests and reckon from its dates.
/// </summary>
public static class RequestShape
{
    private const int MaxDepth = 6;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>The shape checked, then (when sound) the request's own checks, into <paramref name="errors"/>.</summary>
    public static void Validate(IValidatable request, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        if (Check(request, "", errors, 0))
        {
            request.Validate(errors);
        }
    }

    private static bool Check(object value, string prefix, ValidationErrors errors, int depth)
    {
        var sound = true;
        foreach (var member in Members.GetOrAdd(value.GetType(), Find))
        {
            switch (member.Property.GetValue(value))
            {
                case DateOnly date:
                    sound &= CheckDate(date, () => prefix + member.Name, errors);
                    break;
                case string or null:
                    break;
                case System.Collections.IEnumerable items when member.IsList:
                    sound &= CheckList(items, member, prefix + member.Name, errors, depth);
                    break;
                case { } nested when member.IsNested && depth < MaxDepth:
                    sound &= Check(nested, prefix + member.Name + ".", errors, depth + 1);
                    break;
            }
        }

        return sound;
    }

    private static bool CheckList(System.Collections.IEnumerable items, Member member, string name, ValidationErrors errors, int depth)
    {
        var sound = true;
        var count = 0;
        foreach (var item in items)
        {
            var index = count++;
            if (item is null)
            {
                if (!member.OfTexts)
                {
                    errors.Add($"{name}[{index}]", "validation.required");
                    sound = false;
                }
            }
            else if (item is DateOnly date)
            {
                sound &= CheckDate(date, () => $"{name}[{index}]", errors);
            }
            else if (depth < MaxDepth && IsOurs(item.GetType()))
            {
                sound &= Check(item, $"{name}[{index}].", errors, depth + 1);
            }
        }

        if (count > member.Max)
        {
            errors.Add(name, "validation.max_items", member.Max);
            sound = false;
        }

        return sound;
    }

    private static bool CheckDate(DateOnly date, Func<string> name, ValidationErrors errors)
    {
        if (date >= ValidationErrors.EarliestDate && date <= ValidationErrors.LatestDate)
        {
            return true;
        }

        errors.Add(name(), "validation.invalid_value");
        return false;
    }

    private static Member[] Find(Type type) =>
        [.. type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Select(p => new Member(
                p,
                System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                p.GetCustomAttributes(typeof(MaxItemsAttribute), true).OfType<MaxItemsAttribute>().FirstOrDefault()?.Max,
                p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType),
                typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType),
                IsOurs(p.PropertyType)))
            .Where(m => m.IsList || m.IsNested || Nullable.GetUnderlyingType(m.Property.PropertyType) == typeof(DateOnly) || m.Property.PropertyType == typeof(DateOnly))];

    /// <summary>A request type of this product (a nested request or a list's item), not a framework type to walk into.</summary>
    private static bool IsOurs(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Liandong.", StringComparison.Ordinal) == true;

    /// <summary>A property worth a look, with its name as the request's JSON spells it (worked out once per type).</summary>
    private sealed record Member(System.Reflection.PropertyInfo Property, string Name, int? Max, bool IsList, bool OfTexts, bool IsNested);
}
