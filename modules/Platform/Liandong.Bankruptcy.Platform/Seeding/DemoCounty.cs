using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>The county whose demo cases other modules follow as their events would (涧西区, 410305), for a module's <c>SeedDemoDataAsync</c>.</summary>
public static class DemoCounty
{
    public const string Code = "410305";

    /// <summary>Runs <paramref name="seed"/> in the demo county's scope with a scope factory; nothing when the county is not there.</summary>
    public static async Task RunAsync(IServiceProvider services, Func<IServiceScopeFactory, Task> seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(seed);
        Guid? county;
        await using (var lookup = services.CreateAsyncScope())
        {
            county = await lookup.ServiceProvider.GetRequiredService<ICountyRegistry>().FindAsync(Code, cancellationToken);
        }

        if (county is not null)
        {
            using var _ = services.GetRequiredService<ICurrentTenant>().Change(county);
            await seed(services.GetRequiredService<IServiceScopeFactory>());
        }
    }
}
