using Liandong.Bankruptcy.Platform.Authorization;

namespace Liandong.Bankruptcy.Platform;

/// <summary>The Platform module's permission names and definitions.</summary>
public static class PlatformPermissions
{
    public const string UnitsView = "Platform.Units";
    public const string UnitsManage = "Platform.Units.Manage";
    public const string UsersView = "Platform.Users";
    public const string UsersManage = "Platform.Users.Manage";
    public const string RolesView = "Platform.Roles";
    public const string RolesManage = "Platform.Roles.Manage";
    public const string CountiesView = "Host.Counties";
    public const string CountiesManage = "Host.Counties.Manage";
    public const string HostUsersManage = "Host.Users.Manage";
    public const string AuditView = "Platform.Audit";
    public const string ProtectedDataRead = "Platform.ProtectedData";
    public const string MessagesManage = "Host.Messages";
    public const string CalendarView = "Platform.Calendar";
    public const string CalendarManage = "Platform.Calendar.Manage";

    internal static readonly PermissionGroup Group = new("Platform", "平台", "Platform",
    [
        new(UnitsView, "成员单位", "Member units", PermissionSide.County,
            [new(UnitsManage, "管理成员单位", "Manage member units", PermissionSide.County)]),
        new(UsersView, "用户", "Users", PermissionSide.Both,
            [new(UsersManage, "管理用户", "Manage users", PermissionSide.Both)]),
        new(RolesView, "角色与授权", "Roles and grants", PermissionSide.Both,
            [new(RolesManage, "管理角色与授权", "Manage roles and grants", PermissionSide.Both)]),
        new(CountiesView, "县区", "Counties", PermissionSide.Host,
            [new(CountiesManage, "管理县区", "Manage counties", PermissionSide.Host)]),
        new(HostUsersManage, "管理跨县区成员资格", "Manage memberships across counties", PermissionSide.Host),
        new(MessagesManage, "死信消息与重放", "Dead-lettered messages and replay", PermissionSide.Host),
        new(AuditView, "审计日志", "Audit trail", PermissionSide.Both),
        new(ProtectedDataRead, "查看完整个人信息（留痕）", "Read personal data in full (audited)", PermissionSide.Both),
        new(CalendarView, "节假日日历", "Holiday calendar", PermissionSide.County,
            [new(CalendarManage, "维护节假日日历", "Maintain the holiday calendar", PermissionSide.County)]),
    ]);

    internal static IEnumerable<(string, string)> TemplateGrants()
    {
        foreach (var template in RoleTemplates.All.Where(t => t.Side == PermissionSide.County && t.Key != RoleTemplates.Admin))
        {
            yield return (template.Key, UnitsView);
        }

        yield return ("judge", CalendarView);
        yield return ("coordinator", CalendarView);
        foreach (var permission in new[] { UnitsView, UnitsManage, UsersView, UsersManage, RolesView, RolesManage, AuditView, CalendarView, CalendarManage })
        {
            yield return (RoleTemplates.Admin, permission);
        }

        foreach (var permission in new[] { CountiesView, CountiesManage, HostUsersManage, MessagesManage, UsersView, UsersManage, RolesView, RolesManage, AuditView })
        {
            yield return (RoleTemplates.PlatformAdmin, permission);
        }

        yield return (RoleTemplates.CitySupervisor, CountiesView);
    }
}
