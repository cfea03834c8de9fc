using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Shell;
using Liandong.Bankruptcy.Tax.Features;
using Liandong.Bankruptcy.Tax.Features.Settings;
using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Liandong.Bankruptcy.Tax.Localization;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax;

/// <summary>
/// The tax bureau on every case (SAT and SPC 2025 No. 24): tax and social-insurance claims with late fees to the
/// acceptance, the administrator's review and the claims register by event, preservation lifted, the abnormal-taxpayer
/// status, taxes after acceptance, the clearance document after a terminated liquidation, tax credit repair.
/// </summary>
public sealed class TaxModule : IModule
{
    public string Name => TaxDbContext.SchemaName;

    public Type? Messages => typeof(TaxMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TaxDbContext>(TaxDbContext.SchemaName);
        services.AddTaxCases();
        services.AddScoped<UpdateTaxSettings>();
        services.AddScoped<ITaxQueries, TaxQueries>();
        services.AddScoped<IAuditSubjects, TaxAuditSubjects>();
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage("tax.", "/tax/cases/{0}", TaxPermissions.View));
        services.AddSingleton(new Cases.Contracts.CasePanel(Features.Panel.CaseTaxPanel.Name, "page.tax_panel.title", TaxPermissions.View, 20));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var tax = endpoints.MapGroup("/tax").WithTags("Tax");
        tax.MapTaxSettings();
        endpoints.MapGroup("/tax/cases").WithTags("Tax").MapTaxCases();
    }

    public IEnumerable<NavigationItem> Navigation() =>
    [
        new("nav.tax.cases", "/tax", TaxPermissions.View, 55),
        new("nav.tax.settings", "/tax/settings", TaxPermissions.Settings, 75),
    ];

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Tax", "税务", "Tax",
        [
            new(TaxPermissions.View, "查看案件税务事项", "View cases' tax files", PermissionSide.County,
                [
                    new(TaxPermissions.Declare, "税务机关办理（申报债权、解除保全与非正常户、清税文书、信用修复）",
                        "The tax bureau's steps (claims, preservation, abnormal status, clearance, credit repair)", PermissionSide.County),
                    new(TaxPermissions.Administer, "管理人办理（审查税收债权、补办申报、登记受理后税费、申请信用修复）",
                        "The administrator's steps (review tax claims, returns filed, post-acceptance taxes, credit repair request)", PermissionSide.County),
                ]),
            new(TaxPermissions.Settings, "税务设置", "Tax settings", PermissionSide.County),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("tax", TaxPermissions.View),
        ("tax", TaxPermissions.Declare),
        ("firm", TaxPermissions.View), // only the cases the firm is appointed to (TaxDbContext.AppointedFirmFilter)
        ("firm", TaxPermissions.Administer),
        ("judge", TaxPermissions.View),
        ("coordinator", TaxPermissions.View),
        ("leader", TaxPermissions.View),
        ("admin", TaxPermissions.Settings),
        ("admin", TaxPermissions.View),
    ];

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.TaxDemoData.SeedAsync(services, cancellationToken);
}
