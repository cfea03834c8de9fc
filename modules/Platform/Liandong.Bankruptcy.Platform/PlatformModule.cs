using Liandong.Bankruptcy.Platform.Features.Units;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform;

/// <summary>The shared kernel's own tables and endpoints: the county registry and the member units.</summary>
public sealed class PlatformModule : IModule
{
    public string Name => PlatformDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => UnitEndpoints.Map(endpoints);

    public Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ReferenceData.SeedAsync(services, cancellationToken);
}
