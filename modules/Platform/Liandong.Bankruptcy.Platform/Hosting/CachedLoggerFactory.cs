using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Platform.Hosting;

/// <summary>
/// The host's <see cref="ILoggerFactory"/>: Serilog's, with its loggers kept by category. Serilog's factory builds a new
/// logger (a contextual Serilog logger and an event-id cache) on every <c>CreateLogger</c>, where Microsoft's keeps
/// one per category; ASP.NET Core relies on the factory to keep them and asks for one in every service it builds per
/// request (each authentication handler, for one), so a request made and dropped several. Categories are type and
/// component names, a fixed set, so the cache does not grow with traffic.
/// </summary>
internal sealed class CachedLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        loggers.TryGetValue(categoryName, out var logger) ? logger : loggers.GetOrAdd(categoryName, inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    /// <summary>Wraps the factory registered last (Serilog's, after <c>AddSerilog</c>).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(sp => new CachedLoggerFactory(registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => instance,
            { ImplementationFactory: { } create } => (ILoggerFactory)create(sp),
            _ => (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!),
        }));
    }
}
