using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Hosting;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>Runs every module's county seed inside the county's own tenant scope.</summary>
internal static class CountySeeding
{
    public static async Task SeedAsync(IServiceProvider services, CountyInfo county, CancellationToken cancellationToken)
    {
        using var tenantScope = services.GetRequiredService<ICurrentTenant>().Change(county.Id);
        foreach (var module in services.GetRequiredService<ModuleCatalog>().Modules)
        {
            await module.SeedCountyAsync(services, county, cancellationToken);
        }
    }

    /// <summary>The host side's roles (platform administrator, city supervisor) in the host tenant.</summary>
    public static async Task SeedHostAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var tenantScope = services.GetRequiredService<ICurrentTenant>().Change(Tenants.Host);
        await SeedRolesAsync(services, PermissionSide.Host, cancellationToken);
    }

    /// <summary>The Platform module's part of a county: its member units and its role templates with their grants.</summary>
    public static async Task SeedPlatformAsync(IServiceProvider services, CountyInfo county, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (!await db.Units.AnyAsync(cancellationToken))
            {
                db.Units.AddRange(ReferenceData.Units.Select(u => new Unit(u.NameFor(county), u.Kind, null)));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await SeedRolesAsync(services, PermissionSide.County, cancellationToken);
    }

    private static async Task SeedRolesAsync(IServiceProvider services, PermissionSide side, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<PermissionCatalog>();
        var existing = await db.Roles.Where(r => r.TemplateKey != null).Select(r => r.TemplateKey!).ToListAsync(cancellationToken);
        foreach (var template in RoleTemplates.All.Where(t => t.Side == side && !existing.Contains(t.Key)))
        {
            var role = new Role(template.NameZh, template.Key);
            role.SetGrants(catalog.GrantsOf(template.Key));
            db.Roles.Add(role);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
