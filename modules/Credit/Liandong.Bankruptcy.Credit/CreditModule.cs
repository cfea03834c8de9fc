using Liandong.Bankruptcy.Credit.Features;
using Liandong.Bankruptcy.Credit.Features.Files;
using Liandong.Bankruptcy.Credit.Localization;
using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Credit;

/// <summary>
/// Credit repair (domain.md, "Credit repair"; 国办发〔2025〕22号; NDRC order No. 36; SAT and SPC 2025 No. 24): after the
/// court approves a reorganization plan or composition the administrator files one application that reaches every
/// target unit at once (信用中国, tax credit, the abnormal-operations list, PBoC credit reporting, the court's lists),
/// each unit's measure followed on one page, final when the plan is carried out and reversed when the case converts to
/// liquidation; the dishonest-debtor entry is the court's to delete on acceptance, in every procedure.
/// </summary>
public sealed class CreditModule : IModule
{
    public string Name => CreditDbContext.SchemaName;

    public Type? Messages => typeof(CreditMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CreditDbContext>(CreditDbContext.SchemaName);
        services.AddCreditFiles();
        services.AddScoped<IAuditSubjects, CreditAuditSubjects>();
        services.AddSingleton(new Coordination.Contracts.ItemWorkPage("credit.", "/credit/cases/{0}", CreditPermissions.View));
        services.AddSingleton(new Cases.Contracts.CasePanel(Features.Panel.CaseCreditPanel.Name, "page.credit_panel.title", CreditPermissions.View, 40));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/credit/cases").WithTags("Credit").MapCreditFiles();

    public IEnumerable<NavigationItem> Navigation() =>
    [
        new("nav.credit.cases", "/credit", CreditPermissions.View, 58),
    ];

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Credit", "信用修复", "Credit repair",
        [
            new(CreditPermissions.View, "查看案件信用修复（申请、各单位办理状态、记录）", "View cases' credit repair (applications, each unit's measure, history)", PermissionSide.County,
                [
                    new(CreditPermissions.Apply, "提交信用修复申请（管理人）", "File credit repair applications (the administrator)", PermissionSide.County),
                    new(CreditPermissions.Decide, "办理本单位的信用修复事项（修复决定、撤销修复）", "Decide on the own unit's measures (repair, reversal)", PermissionSide.County),
                ]),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("firm", CreditPermissions.View), // only the cases the firm is appointed to (CreditDbContext.AppointedFirmFilter)
        ("firm", CreditPermissions.Apply),
        ("ndrc", CreditPermissions.View),
        ("ndrc", CreditPermissions.Decide),
        ("market", CreditPermissions.View),
        ("market", CreditPermissions.Decide),
        ("bank", CreditPermissions.View),
        ("bank", CreditPermissions.Decide),
        ("tax", CreditPermissions.View),
        ("tax", CreditPermissions.Decide), // reversals only: the rating itself is decided in the Tax module
        ("judge", CreditPermissions.View),
        ("judge", CreditPermissions.Decide),
        ("coordinator", CreditPermissions.View),
        ("leader", CreditPermissions.View),
        ("admin", CreditPermissions.View),
    ];

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.CreditDemoData.SeedAsync(services, cancellationToken);
}
