using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Auditing;

/// <summary>
/// Names a page handler's action in the audit by the API operation that does the same (<c>[AuditAs("CreateUser")]</c>),
/// for a handler that does not take the use case's handler as a parameter. The audit reads the operation's words; an
/// action no API has (signing in on the page) names a resource <c>audit.action.{name}</c> of Platform or its module.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditAsAttribute(string operation) : Attribute
{
    public string Operation { get; } = operation;
}

/// <summary>
/// What a request did, in words: every audited request records the OpenAPI operation id of what it did, and the
/// audit log shows that operation's Chinese description (or English summary). A page's form records the operation of
/// the API endpoint that runs the same use case: the handler class both take as a parameter (<c>CompleteItem</c>), or
/// the operation its <see cref="AuditAsAttribute"/> names.
/// </summary>
public sealed class AuditActions(EndpointDataSource endpoints, IStringLocalizerFactory localizers, Hosting.ModuleCatalog modules)
{
    private Catalog? catalog;

    /// <summary>The operation a request to <paramref name="endpoint"/> does (null for one that is no operation).</summary>
    public static string? OperationOf(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

    /// <summary>The operation a page handler does, or null when neither its parameters nor an attribute say.</summary>
    public string? OperationOf(MethodInfo pageHandler)
    {
        if (pageHandler.GetCustomAttribute<AuditAsAttribute>() is { } named)
        {
            return named.Operation;
        }

        var byHandler = Load().ByHandler;
        return pageHandler.GetParameters().Select(p => byHandler.GetValueOrDefault(p.ParameterType)).FirstOrDefault(o => o is not null);
    }

    /// <summary>The operation's words in the current UI language; the operation id when it is unknown.</summary>
    public string Words(string? operation)
    {
        if (operation is null)
        {
            return "";
        }

        // A resource audit.action.{operation} names it where the operation's description says more than the action.
        if (PageOnlyWords(operation) is { } named)
        {
            return named;
        }

        if (!Load().Words.TryGetValue(operation, out var words))
        {
            return operation;
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? words.Chinese : words.English;
    }

    /// <summary>Every operation that changes something, with its words: the audit's filter by action.</summary>
    public IReadOnlyList<string> ChangingOperations => Load().Changing;

    public bool IsKnown(string operation) => Load().Words.ContainsKey(operation) || PageOnlyWords(operation) is not null;

    // Resource words per (UI culture, operation): a page of the log or an export names the same few actions many times.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string?> resourceWords = new();

    private string? PageOnlyWords(string operation) =>
        resourceWords.GetOrAdd((CultureInfo.CurrentUICulture.Name, operation), key => FindResource(key.Item2));

    private string? FindResource(string operation)
    {
        var key = "audit.action." + operation;
        foreach (var resource in modules.Modules.Select(m => m.Messages).Prepend(typeof(Localization.Messages)).OfType<Type>())
        {
            if (localizers.Create(resource)[key] is { ResourceNotFound: false } found)
            {
                return found.Value;
            }
        }

        return null;
    }

    private Catalog Load() => catalog ??= Build(endpoints.Endpoints);

    private static Catalog Build(IReadOnlyList<Endpoint> all)
    {
        var words = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var byHandler = new Dictionary<Type, string>();
        var changing = new List<string>();
        foreach (var endpoint in all)
        {
            if (OperationOf(endpoint) is not { } name)
            {
                continue;
            }

            var metadata = endpoint.Metadata;
            words[name] = (metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? name,
                metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description ?? name);
            var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (!methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
            {
                continue;
            }

            changing.Add(name);
            // The use case's handler among the endpoint's parameters: the class with one HandleAsync.
            var handler = metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .Select(p => p.ParameterType).FirstOrDefault(t => t.IsClass && t.GetMethod("HandleAsync") is not null);
            if (handler is not null)
            {
                byHandler.TryAdd(handler, name);
            }
        }

        return new Catalog(words.ToDictionary(w => w.Key, w => new ActionWords(w.Value.Item1, w.Value.Item2)), byHandler, [.. changing.Distinct().Order()]);
    }

    private sealed record ActionWords(string English, string Chinese);

    private sealed record Catalog(Dictionary<string, ActionWords> Words, Dictionary<Type, string> ByHandler, IReadOnlyList<string> Changing);
}

/// <summary>Records, for the audit, the operation a page's form runs (see <see cref="AuditActions"/>).</summary>
internal sealed class AuditActionPageFilter(AuditActions actions) : IPageFilter
{
    public const string Item = "Liandong.AuditOperation";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is { } handler && !HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            // The error page re-running a failed request keeps the action of the request that failed.
            context.HttpContext.Items.TryAdd(Item, actions.OperationOf(handler.MethodInfo));
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
