using Liandong.Bankruptcy.Coordination.Features.Assessment;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Leads;
using Liandong.Bankruptcy.Coordination.Features.Meetings;
using Liandong.Bankruptcy.Coordination.Features.Notifications;
using Liandong.Bankruptcy.Coordination.Features.Settings;
using Liandong.Bankruptcy.Coordination.Features.Risks;
using Liandong.Bankruptcy.Coordination.Features.Templates;
using Liandong.Bankruptcy.Coordination.Localization;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination;

/// <summary>
/// The government–court linkage (policy 三): coordination items from the county's template or raised by hand, the
/// leadership group's consent, unit inboxes, the office's overview, reminders and overdue notices.
/// </summary>
public sealed class CoordinationModule : IModule
{
    private static readonly string[] UnitRoles = ["tax", "market", "hrss", "medical", "resources", "police", "procuratorate", "bank", "finance", "ndrc", "firm"];

    public string Name => CoordinationDbContext.SchemaName;

    public Type? Messages => typeof(CoordinationMessages);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CoordinationDbContext>(CoordinationDbContext.SchemaName);
        services.AddTemplates();
        services.AddItems();
        services.AddNotifications();
        services.AddScoped<Features.Settings.UpdateCoordinationSettings>();
        services.AddMeetings();
        services.AddLeads();
        services.AddRisks();
        services.AddAssessment();
        services.AddScoped<INavigationCounts, ItemCounts>();
        services.AddScoped<IAuditSubjects, Features.CoordinationAuditSubjects>();
        services.AddSingleton<Features.Reminders.ReminderSweep>();
        services.AddSingleton<Features.Reminders.EmailSender>();
        services.AddSingleton(new Cases.Contracts.CasePanel(Features.Panel.CaseItemsPanel.Name, "page.panel.title", CoordinationPermissions.Items, 10));
        services.AddSingleton(new Cases.Contracts.DeskPanel(Features.Panel.DeskItemsPanel.Name, "page.desk.title", CoordinationPermissions.Items, 10));
        services.AddHostedService<Features.Reminders.ReminderSweepService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var coordination = endpoints.MapGroup("/coordination").WithTags("Coordination");
        coordination.MapItems();
        coordination.MapNotifications();
        coordination.MapCoordinationSettings();
        endpoints.MapGroup("/coordination/templates").WithTags("Coordination").MapTemplates();
        endpoints.MapGroup("/coordination/meetings").WithTags("Coordination meetings").MapMeetings();
        endpoints.MapAssessment();
        endpoints.MapGroup("/coordination/risks").WithTags("Coordination risks").MapRisks();
        endpoints.MapGroup("/coordination/leads").WithTags("Coordination leads").MapLeads();
    }

    public IEnumerable<NavigationItem> Navigation() =>
    [
        new("nav.coordination.inbox", "/coordination/inbox", CoordinationPermissions.Work, 50),
        new("nav.coordination.overview", "/coordination/overview", CoordinationPermissions.Oversee, 60),
        new("nav.coordination.meetings", "/coordination/meetings", CoordinationPermissions.Meetings, 62),
        new("nav.coordination.assessment", "/coordination/assessment", CoordinationPermissions.Assessment, 64),
        new("nav.coordination.risks", "/coordination/risks", CoordinationPermissions.Risks, 66),
        new("nav.coordination.leads", "/coordination/leads", CoordinationPermissions.Leads, 68),
        new("nav.coordination.templates", "/coordination/templates", CoordinationPermissions.Templates, 70),
        new("nav.coordination.city", "/host/coordination", CoordinationPermissions.CityCounters, 960),
    ];

    public IEnumerable<HomePage> HomePages() =>
    [
        new("/coordination/overview", CoordinationPermissions.Oversee, 40),
        new("/coordination/inbox", CoordinationPermissions.Work, 50),
    ];

    public Task SeedCountyAsync(IServiceProvider services, CountyInfo county, CancellationToken cancellationToken) =>
        Seeding.DefaultTemplates.SeedAsync(services, cancellationToken);

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Seeding.CoordinationDemoData.SeedAsync(services, cancellationToken);

    public IEnumerable<PermissionGroup> DefinePermissions() =>
    [
        new("Coordination", "府院联动", "Government–court coordination",
        [
            new(CoordinationPermissions.Items, "查看联动事项", "View coordination items", PermissionSide.County,
                [
                    new(CoordinationPermissions.Work, "办理本单位事项（签收、办结、退回）", "Work the unit's items (sign for, complete, return)", PermissionSide.County),
                    new(CoordinationPermissions.Raise, "提出联动事项", "Raise items", PermissionSide.County),
                    new(CoordinationPermissions.Oversee, "跟踪督办（全部事项、改派）", "Oversee (every item, reassignment)", PermissionSide.County),
                    new(CoordinationPermissions.Consent, "领导小组同意", "Leadership group consent", PermissionSide.County),
                ]),
            new(CoordinationPermissions.Templates, "管理联动事项清单", "Manage the item list", PermissionSide.County),
            new(CoordinationPermissions.Meetings, "查看协调会议与备忘", "View coordination meetings and memos", PermissionSide.County,
                [new(CoordinationPermissions.ManageMeetings, "组织会议、记录备忘、呈送与通报", "Hold meetings, record memos, send up and circulate", PermissionSide.County)]),
            new(CoordinationPermissions.Assessment, "督查考核", "Supervision and assessment", PermissionSide.County,
                [new(CoordinationPermissions.RecordAssessment, "记录表扬与问责", "Record commendations and accountability", PermissionSide.County)]),
            new(CoordinationPermissions.Risks, "查看重大风险台账", "View the major-risk register", PermissionSide.County,
                [new(CoordinationPermissions.ManageRisks, "登记与更新重大风险", "Record and update major risks", PermissionSide.County)]),
            new(CoordinationPermissions.Leads, "查看逃废债线索", "View evasion leads", PermissionSide.County,
                [new(CoordinationPermissions.HandLeads, "移送逃废债线索", "Hand over evasion leads", PermissionSide.County)]),
            new(CoordinationPermissions.CityCounters, "全市府院联动统计（仅计数）", "City-wide coordination counters (counts only)", PermissionSide.Host),
        ]),
    ];

    public IEnumerable<(string RoleKey, string Permission)> RoleTemplateGrants() =>
    [
        ("judge", CoordinationPermissions.Items),
        ("judge", CoordinationPermissions.Raise),
        ("judge", CoordinationPermissions.Work), // the court's own items (notifying the units of the acceptance ...)
        ("coordinator", CoordinationPermissions.Items),
        ("coordinator", CoordinationPermissions.Raise),
        ("coordinator", CoordinationPermissions.Oversee),
        ("coordinator", CoordinationPermissions.Consent),
        ("coordinator", CoordinationPermissions.Work), // the office's own items (a stay of enforcement where the county has no enforcement division ...)
        ("coordinator", CoordinationPermissions.Templates),
        ("leader", CoordinationPermissions.Items),
        ("leader", CoordinationPermissions.Consent),
        ("admin", CoordinationPermissions.Templates),
        ("coordinator", CoordinationPermissions.Meetings),
        ("coordinator", CoordinationPermissions.ManageMeetings),
        ("coordinator", CoordinationPermissions.Assessment),
        ("coordinator", CoordinationPermissions.RecordAssessment),
        ("coordinator", CoordinationPermissions.Risks),
        ("coordinator", CoordinationPermissions.ManageRisks),
        ("coordinator", CoordinationPermissions.Leads),
        ("leader", CoordinationPermissions.Meetings),
        ("leader", CoordinationPermissions.Assessment),
        ("leader", CoordinationPermissions.Risks),
        ("judge", CoordinationPermissions.Meetings),
        ("judge", CoordinationPermissions.Risks),
        ("judge", CoordinationPermissions.ManageRisks),
        ("judge", CoordinationPermissions.Leads),
        ("judge", CoordinationPermissions.HandLeads),
        ("firm", CoordinationPermissions.Leads),
        ("firm", CoordinationPermissions.HandLeads),
        ("police", CoordinationPermissions.Leads),
        ("procuratorate", CoordinationPermissions.Leads),
        (RoleTemplates.CitySupervisor, CoordinationPermissions.CityCounters),
        .. UnitRoles.Where(role => role != "firm").Select(role => (role, CoordinationPermissions.Meetings)),
        .. UnitRoles.SelectMany(role => new[] { (role, CoordinationPermissions.Items), (role, CoordinationPermissions.Work), (role, CoordinationPermissions.Raise) }),
    ];
}
