using Liandong.Bankruptcy.Platform.Authorization;
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

    /// <summary>The marker type of the module's message resources (error codes it raises), or null.</summary>
    Type? Messages => null;

    /// <summary>The module's entries in the navigation, each with the permission it needs.</summary>
    IEnumerable<Shell.NavigationItem> Navigation() => [];

    /// <summary>The module's home pages, each for the users holding its permission (<see cref="Shell.HomePage"/>).</summary>
    IEnumerable<Shell.HomePage> HomePages() => [];

    /// <summary>The module's permissions, defined in code.</summary>
    IEnumerable<PermissionGroup> DefinePermissions() => [];

    /// <summary>What each role template (<see cref="RoleTemplates"/>) is granted of this module's permissions.</summary>
    IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() => [];

    /// <summary>
    /// What a county gets when it is created (units, role templates, item templates …). Runs inside that county's
    /// tenant scope, in the migrate step for the reference counties and when a host administrator creates one. Idempotent.
    /// </summary>
    Task SeedCountyAsync(IServiceProvider services, CountyInfo county, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reference data every installation needs; run by the migrate step with the owner's credentials.</summary>
    Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Demo data (demo mode only, never with production settings).</summary>
    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The county being seeded: its tenant id, division code and name.</summary>
public sealed record CountyInfo(Guid Id, string DivisionCode, string Name)
{
    public const string CityDivisionCode = "410300";

    public bool IsCityLevel => DivisionCode == CityDivisionCode;
}

