using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Cases.Features.Settings;
using Liandong.Bankruptcy.Cases.Features.Publications;
using Liandong.Bankruptcy.Cases.Features.Requests;
using Liandong.Bankruptcy.Cases.Features.Committee;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Features.Claims;
using Liandong.Bankruptcy.Cases.Features.Meetings;
using Liandong.Bankruptcy.Cases.Localization;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases;

/// <summary>
/// Bankruptcy cases: the case register (this part), then procedures and states, statutory deadlines, claims, meetings
/// (the rest of issues 5 and 6).
/// </summary>
public sealed class CasesModule : IModule
{
    public string Name => CasesDbContext.SchemaName;

    public Type? Messages => typeof(CasesMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext>(CasesDbContext.SchemaName);
        services.AddScoped<ICaseQueries, Features.Queries.CaseQueries>();
        services.AddScoped<IAuditSubjects, Features.Queries.CaseAuditSubjects>();
        services.AddCaseRegister();
        services.AddAdvance();
        services.AddCaseSettings();
        services.AddClaims();
        services.AddMeetings();
        services.AddCommittee();
        services.AddRequests();
        services.AddPublications();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/cases").WithTags("Cases");
        cases.MapCaseRegister();
        cases.MapAdvance();
        cases.MapCaseSettings();
        endpoints.MapGroup("/cases").WithTags("Claims").MapClaims();
        endpoints.MapGroup("/cases").WithTags("Meetings").MapMeetings();
        endpoints.MapGroup("/cases").WithTags("Committee").MapCommittee();
        endpoints.MapGroup("/cases").WithTags("Requests").MapRequests();
        endpoints.MapGroup("/cases").WithTags("Publications").MapPublications();
    }

    public IEnumerable<Platform.Shell.NavigationItem> Navigation() =>
    [
        new("nav.cases.home", "/cases/home", CasesPermissions.Advance, 90),
        new("nav.cases", "/cases", CasesPermissions.View, 100),
        new("nav.cases.deadlines", "/cases/deadlines", CasesPermissions.View, 110),
    ];

    public IEnumerable<Platform.Shell.HomePage> HomePages() => [new("/cases/home", CasesPermissions.Advance, 30)]; // before the inbox: a judge, who also works the court's items, lands on the desk

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.CasesDemoData.SeedAsync(services, cancellationToken);

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Cases", "破产案件", "Bankruptcy cases",
        [
            new(CasesPermissions.View, "查看案件", "View cases", PermissionSide.County,
                [
                    new(CasesPermissions.Register, "登记案件", "Register cases", PermissionSide.County),
                    new(CasesPermissions.Advance, "推进案件程序（裁定）", "Advance cases (rulings)", PermissionSide.County),
                    new(CasesPermissions.AssignJudges, "指定承办法官与合议庭", "Assign presiding judges and panels", PermissionSide.County),
                    new(CasesPermissions.Publish, "记录信息公开（已发布）", "Record publications (published)", PermissionSide.County),
                ]),
            new(CasesPermissions.Settings, "管理案件设置（快速审理、长期未结）", "Manage case settings (fast track, long-pending)", PermissionSide.County),
            new(CasesPermissions.Claims, "查看债权表", "View the claims register", PermissionSide.County,
                [
                    new(CasesPermissions.ManageClaims, "申报与审查债权（管理人）", "Declare and review claims (administrator)", PermissionSide.County),
                    new(CasesPermissions.ConfirmClaims, "裁定确认债权", "Confirm claims by ruling", PermissionSide.County),
                    new(CasesPermissions.Meetings, "召集债权人会议、记录表决与计票", "Convene creditors' meetings, record ballots and tally", PermissionSide.County),
                ]),
            new(CasesPermissions.Requests, "查看请示与批复", "View requests and replies", PermissionSide.County,
                [
                    new(CasesPermissions.SubmitRequests, "向法院请示（管理人）", "Submit requests to the court (administrator)", PermissionSide.County),
                    new(CasesPermissions.ReplyRequests, "批复请示", "Reply to requests", PermissionSide.County),
                ]),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("judge", CasesPermissions.View),
        ("judge", CasesPermissions.Register),
        ("judge", CasesPermissions.Advance),
        ("coordinator", CasesPermissions.View),
        ("leader", CasesPermissions.View),
        ("firm", CasesPermissions.View), // only the cases the firm is appointed to (CasesDbContext.AppointedFirmFilter)
        ("firm", CasesPermissions.Claims),
        ("firm", CasesPermissions.ManageClaims),
        ("judge", CasesPermissions.Claims),
        ("judge", CasesPermissions.ConfirmClaims),
        ("judge", CasesPermissions.Meetings), // the court convenes the first meeting (art. 62)
        ("firm", CasesPermissions.Meetings),
        ("judge", CasesPermissions.Publish),
        ("firm", CasesPermissions.Publish),
        ("judge", CasesPermissions.Requests),
        ("judge", CasesPermissions.ReplyRequests),
        ("firm", CasesPermissions.Requests),
        ("firm", CasesPermissions.SubmitRequests),
        ("admin", CasesPermissions.Settings),
        ("judge", CasesPermissions.AssignJudges),
        ("admin", CasesPermissions.View),         // to see the cases whose judge it must name
        ("admin", CasesPermissions.AssignJudges), // cases registered before judges were the court's members
    ];
}
