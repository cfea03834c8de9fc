using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Shell;
using Liandong.Bankruptcy.Wages.Features;
using Liandong.Bankruptcy.Wages.Features.Files;
using Liandong.Bankruptcy.Wages.Localization;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Wages;

/// <summary>
/// The employees' claims (domain.md, "Employees", "Distribution order"; EBL arts. 48, 113, 132): the list the
/// administrator makes without declaration — by hand or spreadsheet, ID numbers protected — with class ① and an
/// executive's excess over the company's average wage as ordinary, published for objections and entered in the claims
/// register. The personal-account social insurance is the tax bureau's declaration, shown here, never listed twice.
/// </summary>
public sealed class WagesModule : IModule
{
    public string Name => WagesDbContext.SchemaName;

    public Type? Messages => typeof(WagesMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WagesDbContext>(WagesDbContext.SchemaName);
        services.AddWageFiles();
        services.AddScoped<IAuditSubjects, WagesAuditSubjects>();
        services.AddSingleton(new Cases.Contracts.CasePanel(Features.Panel.CaseWagesPanel.Name, "page.wages_panel.title", WagesPermissions.View, 35));
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage(Coordination.Contracts.ItemKinds.WageVerification, "/wages/cases/{0}", WagesPermissions.View));
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage(Features.Files.Resettlement.ResettlementHandler.KindPrefix, "/wages/cases/{0}", WagesPermissions.View));
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage(Coordination.Contracts.ItemKinds.MedicalArrears, "/wages/cases/{0}", WagesPermissions.View));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/wages/cases").WithTags("Wages").MapWageFiles();
        var wages = endpoints.MapGroup("/wages").WithTags("Wages");
        Features.Rules.GuaranteeRules.Map(wages);
        Features.Stability.StabilityThresholds.Map(wages);
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.WagesDemoData.SeedAsync(services, cancellationToken);

    public IEnumerable<NavigationItem> Navigation() =>
    [
        new("nav.wages.cases", "/wages", WagesPermissions.View, 56),
    ];

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Wages", "职工债权", "Employee claims",
        [
            new(WagesPermissions.View, "查看职工债权清单（身份证号脱敏）", "View employee claims lists (ID numbers masked)", PermissionSide.County,
                [
                    new(WagesPermissions.Administer, "管理人编制、导入、公示职工债权清单", "The administrator makes, imports and publishes the list", PermissionSide.County),
                    new(WagesPermissions.Verify, "人社、医保部门核实职工债权", "Human resources and medical insurance verify the list", PermissionSide.County),
                    new(WagesPermissions.Advance, "登记欠薪保障金垫付", "Record wage-guarantee advances", PermissionSide.County),
                    new(WagesPermissions.Rules, "维护欠薪保障垫付规则", "Keep the county's wage-guarantee rules", PermissionSide.County),
                ]),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("firm", WagesPermissions.View), // only the cases the firm is appointed to (WagesDbContext.AppointedFirmFilter)
        ("firm", WagesPermissions.Administer),
        ("hrss", WagesPermissions.View),
        ("hrss", WagesPermissions.Verify),
        ("hrss", WagesPermissions.Advance),
        ("hrss", WagesPermissions.Rules),
        ("medical", WagesPermissions.View),
        ("medical", WagesPermissions.Verify),
        ("judge", WagesPermissions.View),
        ("coordinator", WagesPermissions.View),
        ("leader", WagesPermissions.View),
        ("admin", WagesPermissions.View),
    ];
}
