using Liandong.Bankruptcy.Assets.Features;
using Liandong.Bankruptcy.Assets.Features.Files;
using Liandong.Bankruptcy.Assets.Features.Settings;
using Liandong.Bankruptcy.Assets.Localization;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Assets;

/// <summary>
/// The estate (domain.md, "Assets"; EBL arts. 15, 19, 25, 26, 38, 61, 65, 111–112; SPC online judicial auction rules
/// 2016): the takeover checklist, the asset register with charges and seizures, the one-window inquiry to the registries,
/// seizures lifted by an escalating request, realization under the adopted plan with the SPC defaults as warnings, and the
/// administrator's account the judge follows live.
/// </summary>
public sealed class AssetsModule : IModule
{
    public string Name => AssetsDbContext.SchemaName;

    public Type? Messages => typeof(AssetsMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AssetsDbContext>(AssetsDbContext.SchemaName);
        services.AddAssetFiles();
        services.AddAssetsSettings();
        services.AddScoped<IAuditSubjects, AssetsAuditSubjects>();
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage("assets.", "/assets/cases/{0}", AssetsPermissions.View));
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage(Coordination.Contracts.ItemKinds.PropertyQuery, "/assets/cases/{0}", AssetsPermissions.View));
        services.AddSingleton(new Cases.Contracts.CasePanel(Features.Panel.CaseAssetsPanel.Name, "page.assets_panel.title", AssetsPermissions.View, 25));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/assets/cases").WithTags("Assets").MapAssetFiles();
        endpoints.MapGroup("/assets").WithTags("Assets").MapAssetsSettings();
    }

    public IEnumerable<NavigationItem> Navigation() =>
    [
        new("nav.assets.cases", "/assets", AssetsPermissions.View, 54),
    ];

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Assets", "破产财产", "Assets",
        [
            new(AssetsPermissions.View, "查看案件破产财产（接管、财产登记、查询、查封、变价、管理人账户）",
                "View cases' estates (takeover, register, inquiries, seizures, realization, the administrator's account)", PermissionSide.County,
                [
                    new(AssetsPermissions.Manage, "管理破产财产（接管、登记、解除查封、变价、管理人账户收支）",
                        "Work the estate (takeover, register, liftings, realization, the account's entries)", PermissionSide.County),
                    new(AssetsPermissions.Inquire, "发起查人找物", "Send the one-window asset inquiry", PermissionSide.County),
                    new(AssetsPermissions.Answer, "反馈本单位的财产查询结果", "Answer inquiries addressed to the own unit", PermissionSide.County),
                    new(AssetsPermissions.Rule, "确定管理人报酬方案、裁定认可破产财产分配方案", "Set the administrator's fee scheme, confirm distribution plans", PermissionSide.County),
                    new(AssetsPermissions.Fund, "审批并拨付破产费用保障资金", "Decide and pay fee-guarantee fund applications", PermissionSide.County),
                ]),
            new(AssetsPermissions.Settings, "修改破产财产分配设置", "Change the county's distribution settings", PermissionSide.County),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("firm", AssetsPermissions.View), // only the cases the firm is appointed to (AssetsDbContext.AppointedFirmFilter)
        ("firm", AssetsPermissions.Manage),
        ("firm", AssetsPermissions.Inquire),
        ("judge", AssetsPermissions.View),
        ("judge", AssetsPermissions.Manage),
        ("judge", AssetsPermissions.Inquire),
        ("judge", AssetsPermissions.Rule),
        ("finance", AssetsPermissions.View),
        ("finance", AssetsPermissions.Fund),
        ("admin", AssetsPermissions.Settings),
        ("coordinator", AssetsPermissions.View),
        ("leader", AssetsPermissions.View),
        ("admin", AssetsPermissions.View),
        ("resources", AssetsPermissions.View),
        ("resources", AssetsPermissions.Answer),
        ("police", AssetsPermissions.View),
        ("police", AssetsPermissions.Answer),
        ("market", AssetsPermissions.View),
        ("market", AssetsPermissions.Answer),
        ("bank", AssetsPermissions.View),
        ("bank", AssetsPermissions.Answer),
    ];

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.AssetsDemoData.SeedAsync(services, cancellationToken);
}
