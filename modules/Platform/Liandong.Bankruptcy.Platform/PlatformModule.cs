using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Audit;
using Liandong.Bankruptcy.Platform.Features.Calendar;
using Liandong.Bankruptcy.Platform.Features.Auth;
using Liandong.Bankruptcy.Platform.Features.Counties;
using Liandong.Bankruptcy.Platform.Features.Messages;
using Liandong.Bankruptcy.Platform.Features.Roles;
using Liandong.Bankruptcy.Platform.Features.Units;
using Liandong.Bankruptcy.Platform.Features.Users;
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

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AuthEndpoints.Map(endpoints);
        UnitEndpoints.Map(endpoints);
        RoleEndpoints.Map(endpoints);
        UserEndpoints.Map(endpoints);
        MembershipEndpoints.Map(endpoints);
        CountyEndpoints.Map(endpoints);
        AuditEndpoints.Map(endpoints);
        CalendarEndpoints.Map(endpoints);
        DeadLetterEndpoints.Map(endpoints);
    }

    public IEnumerable<PermissionGroup> DefinePermissions() => [PlatformPermissions.Group];

    public IEnumerable<Shell.NavigationItem> Navigation() =>
    [
        new("nav.users", "/platform/users", PlatformPermissions.UsersView, 900),
        new("nav.roles", "/platform/roles", PlatformPermissions.RolesView, 910),
        new("nav.audit", "/platform/audit", PlatformPermissions.AuditView, 920),
        new("nav.units", "/platform/units", PlatformPermissions.UnitsView, 880),
        new("nav.calendar", "/platform/calendar", PlatformPermissions.CalendarView, 890),
        new("nav.counties", "/host/counties", PlatformPermissions.CountiesView, 950),
        new("nav.messages", "/host/messages", PlatformPermissions.MessagesManage, 960),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() => PlatformPermissions.TemplateGrants();

    public Task SeedCountyAsync(IServiceProvider services, CountyInfo county, CancellationToken cancellationToken) =>
        CountySeeding.SeedPlatformAsync(services, county, cancellationToken);

    public Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ReferenceData.SeedAsync(services, cancellationToken);

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoData.SeedAsync(services, cancellationToken);
}
