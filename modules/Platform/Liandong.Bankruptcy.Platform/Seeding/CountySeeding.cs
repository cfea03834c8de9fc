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
        await SeedHolidaysAsync(services, cancellationToken);
    }

    /// <summary>The national arrangements of the years the county's calendar lacks (a year already present is the county's own).</summary>
    private static async Task SeedHolidaysAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var years = (await db.HolidayDays.Select(h => h.Date.Year).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        db.HolidayDays.AddRange(NationalHolidays.Days.Where(d => !years.Contains(d.Date.Year)).Select(d => new HolidayDay(d.Date, d.Kind, d.Note)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The side's template roles, and the template grants this county has not received yet (new permissions of a
    /// module); each received grant is recorded, so a grant removed by the county's administrator is not given back.
    /// </summary>
    private static async Task SeedRolesAsync(IServiceProvider services, PermissionSide side, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<PermissionCatalog>();
        var roles = await db.Roles.Include(r => r.Grants).Where(r => r.TemplateKey != null).ToListAsync(cancellationToken);
        var applied = (await db.AppliedTemplateGrants.Select(a => new { a.RoleKey, a.Permission }).ToListAsync(cancellationToken))
            .Select(a => (a.RoleKey, a.Permission)).ToHashSet();
        foreach (var template in RoleTemplates.All.Where(t => t.Side == side))
        {
            var role = roles.FirstOrDefault(r => r.TemplateKey == template.Key);
            if (role is null)
            {
                role = new Role(template.NameZh, template.Key);
                db.Roles.Add(role);
            }

            foreach (var permission in catalog.GrantsOf(template.Key).Where(p => !applied.Contains((template.Key, p))))
            {
                role.Grant(permission);
                db.AppliedTemplateGrants.Add(new AppliedTemplateGrant(template.Key, permission));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
