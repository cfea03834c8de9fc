using Liandong.Bankruptcy.Deregistration.Features;
using Liandong.Bankruptcy.Deregistration.Features.Files;
using Liandong.Bankruptcy.Deregistration.Localization;
using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Deregistration;

/// <summary>
/// The debtor's registration through the case (domain.md, "Deregistration and registration changes"): each procedural
/// step's status published within 10 days, registration changes during the case, no simplified deregistration for a
/// bankrupt debtor, and after a terminated liquidation the closing steps — the administrator's application (art. 121),
/// deregistration, seals, accounts, social insurance, the tax clearance document (never a gate), customs where flagged —
/// until the deregistration is complete and Cases closes the case.
/// </summary>
public sealed class DeregistrationModule : IModule
{
    public string Name => DeregistrationDbContext.SchemaName;

    public Type? Messages => typeof(DeregistrationMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DeregistrationDbContext>(DeregistrationDbContext.SchemaName);
        services.AddRegistrationFiles();
        services.AddScoped<IAuditSubjects, DeregistrationAuditSubjects>();
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage("market.", "/deregistration/cases/{0}", DeregistrationPermissions.View));
        services.AddSingleton(new Cases.Contracts.CasePanel(Features.Panel.CaseRegistrationPanel.Name, "page.deregistration_panel.title", DeregistrationPermissions.View, 30));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/deregistration").WithTags("Deregistration");
        Features.Files.Simplified.SimplifiedDeregistrationEndpoint.Map(group);
        endpoints.MapGroup("/deregistration/cases").WithTags("Deregistration").MapRegistrationFiles();
    }

    public IEnumerable<NavigationItem> Navigation() =>
    [
        new("nav.deregistration.cases", "/deregistration", DeregistrationPermissions.View, 57),
    ];

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Deregistration", "登记与注销", "Registration and deregistration",
        [
            new(DeregistrationPermissions.View, "查看案件登记事项（公示、变更、注销）", "View cases' registration files (publications, changes, deregistration)", PermissionSide.County,
                [
                    new(DeregistrationPermissions.Administer, "管理人办理（申请注销登记、海关备案、申请变更登记）",
                        "The administrator's steps (deregistration application, customs, change applications)", PermissionSide.County),
                    new(DeregistrationPermissions.Register, "市场监管部门办理（公示破产信息、变更登记、简易注销核查）",
                        "Market regulation's steps (status publications, changes registered, the simplified-route check)", PermissionSide.County),
                ]),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("market", DeregistrationPermissions.View),
        ("market", DeregistrationPermissions.Register),
        ("firm", DeregistrationPermissions.View), // only the cases the firm is appointed to (DeregistrationDbContext.AppointedFirmFilter)
        ("firm", DeregistrationPermissions.Administer),
        ("judge", DeregistrationPermissions.View),
        ("coordinator", DeregistrationPermissions.View),
        ("leader", DeregistrationPermissions.View),
        ("admin", DeregistrationPermissions.View),
    ];

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.DeregistrationDemoData.SeedAsync(services, cancellationToken);
}
