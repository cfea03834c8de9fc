using Liandong.Bankruptcy.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine.Persistence.Durability;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// The migrate step, run with the owner's credentials: every module's migrations (with their row-level-security
/// policies), the message store's tables, then reference data. <c>seed-demo</c> adds the demo data on top.
/// </summary>
internal static class Migrator
{
    public static async Task<int> RunAsync(IServiceProvider services, HostVerb verb, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Migrator));
        var modules = services.GetRequiredService<ModuleCatalog>().Modules;
        if (verb.Name == HostVerb.SeedDemo)
        {
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                logger.LogError("Demo data is never seeded with production settings");
                return 2;
            }

            foreach (var module in modules)
            {
                await module.SeedDemoDataAsync(services, cancellationToken);
            }

            logger.LogInformation("Demo data seeded");
            return 0;
        }

        foreach (var registration in services.GetServices<ModuleDbContextRegistration>())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Migrated schema {Schema}", registration.Schema);
        }

        await services.GetRequiredService<IMessageStore>().Admin.MigrateAsync();
        logger.LogInformation("Message store ready in schema {Schema}", Messaging.Messaging.StoreSchema);

        foreach (var module in modules)
        {
            await module.SeedReferenceDataAsync(services, cancellationToken);
        }

        logger.LogInformation("Reference data seeded");
        return 0;
    }
}
