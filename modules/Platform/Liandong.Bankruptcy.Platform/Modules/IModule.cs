using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>
/// One module of the monolith: one class with a small surface. The host lists modules explicitly (no scanning).
/// </summary>
public interface IModule
{
    /// <summary>Short name, also the schema the module owns (platform, cases, coordination …).</summary>
    string Name { get; }

    /// <summary>The module's services, its DbContext among them (<see cref="ModuleServices.AddModuleDbContext{T}"/>).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>The module's API endpoints and pages.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Reference data every installation needs; run by the migrate step with the owner's credentials.</summary>
    Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Demo data (demo mode only, never with production settings).</summary>
    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
