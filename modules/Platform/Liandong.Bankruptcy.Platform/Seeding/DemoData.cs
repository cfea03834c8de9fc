using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>
/// Demo sign-ins (demo mode only; the migrator refuses it with production settings): in every county one user per
/// role template, <c>&lt;division code&gt;-&lt;role key&gt;</c>; a city-level officer with memberships in three counties;
/// host users <c>host-admin</c> and <c>city-supervisor</c>. All share <see cref="Password"/>. Idempotent.
/// </summary>
internal static class DemoData
{
    public const string Password = "Liandong@2026";
    public const string CityOfficer = "410300-officer";
    public static readonly string[] CityOfficerCounties = ["410302", "410303", "410305"];

    /// <summary>The unit kind each role template's officers work for (the demo users; every item must have someone to work it).</summary>
    internal static readonly Dictionary<string, Domain.UnitKind> UnitOf = new()
    {
        ["judge"] = Domain.UnitKind.Court,
        ["coordinator"] = Domain.UnitKind.LeadershipGroupOffice,
        ["tax"] = Domain.UnitKind.Tax,
        ["market"] = Domain.UnitKind.MarketRegulation,
        ["hrss"] = Domain.UnitKind.HumanResourcesSocialSecurity,
        ["medical"] = Domain.UnitKind.MedicalInsurance,
        ["resources"] = Domain.UnitKind.NaturalResources,
        ["police"] = Domain.UnitKind.PublicSecurity,
        ["procuratorate"] = Domain.UnitKind.Procuratorate,
        ["bank"] = Domain.UnitKind.Banking,
        ["finance"] = Domain.UnitKind.Finance,
        ["ndrc"] = Domain.UnitKind.DevelopmentReform,
        ["firm"] = Domain.UnitKind.AdministratorFirm,
    };

    /// <summary>
    /// A person's name for each demo user (a judge's name goes on the cases they register, as 承办法官), not the role's:
    /// forms prefill the signed-in user's name.
    /// </summary>
    internal static readonly Dictionary<string, string> PersonOf = new()
    {
        ["judge"] = "王立新", ["coordinator"] = "赵敏", ["leader"] = "周建国", ["tax"] = "钱晓东", ["market"] = "孙丽",
        ["hrss"] = "李强", ["medical"] = "吴芳", ["resources"] = "郑伟", ["police"] = "冯军", ["procuratorate"] = "陈静",
        ["bank"] = "褚亮", ["finance"] = "卫红", ["ndrc"] = "蒋涛", ["firm"] = "沈洁", ["admin"] = "韩冰",
    };

    /// <summary>Two administrator firms per county (from the court's roster, 管理人名册); the demo firm user works for the first.</summary>
    public static readonly string[] Firms = ["河南洛信律师事务所", "洛阳中正会计师事务所"];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var tenant = services.GetRequiredService<ICurrentTenant>();
        // One hash for every demo user: the same password, and 230 PBKDF2 runs would cost a quarter of a minute.
        var hash = new PasswordHasher<User>().HashPassword(null!, Password);

        List<(Guid Id, string Code)> counties;
        await using (var scope = services.CreateAsyncScope())
        {
            counties = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Counties.AsNoTracking()
                .Select(c => new ValueTuple<Guid, string>(c.Id, c.DivisionCode)).ToListAsync(cancellationToken);
        }

        foreach (var (countyId, code) in counties)
        {
            using var _ = tenant.Change(countyId);
            await EnsureFirmsAsync(services, cancellationToken);
            await EnsureAccountableHeadsAsync(services, cancellationToken);
            foreach (var template in RoleTemplates.All.Where(t => t.Side == PermissionSide.County))
            {
                await EnsureUserAsync(services, $"{code}-{template.Key}", PersonOf.GetValueOrDefault(template.Key, template.NameZh), hash, template.Key, cancellationToken);
            }
        }

        using (tenant.Change(Tenants.Host))
        {
            await EnsureUserAsync(services, "host-admin", "平台管理员", hash, RoleTemplates.PlatformAdmin, cancellationToken);
            await EnsureUserAsync(services, "city-supervisor", "市级督查", hash, RoleTemplates.CitySupervisor, cancellationToken);
        }

        var city = counties.Single(c => c.Code == Modules.CountyInfo.CityDivisionCode);
        User officer;
        using (tenant.Change(city.Id))
        {
            officer = await EnsureUserAsync(services, CityOfficer, "市不动产登记中心经办人", hash, "resources", cancellationToken);
        }

        foreach (var (countyId, _) in counties.Where(c => CityOfficerCounties.Contains(c.Code)))
        {
            using var _ = tenant.Change(countyId);
            await EnsureMembershipAsync(services, officer, "resources", cancellationToken);
        }
    }

    private static async Task EnsureFirmsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var known = await db.Units.Where(u => u.Kind == Domain.UnitKind.AdministratorFirm).Select(u => u.Name).ToListAsync(cancellationToken);
        db.Units.AddRange(Firms.Except(known).Select(name => new Domain.Unit(name, Domain.UnitKind.AdministratorFirm, null)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The person each unit answers through (一把手): the assessment's 负责人 column and the overdue notices name them.</summary>
    private static readonly string[] Heads =
    [
        "张国强", "刘建华", "杨志刚", "黄海涛", "赵文斌", "周永红", "吴建军", "徐丽萍", "孙志勇", "马晓光", "朱红梅", "胡振东", "郭明亮", "何建平", "高卫东", "林峰",
    ];

    private static async Task EnsureAccountableHeadsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var units = await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync(cancellationToken);
        foreach (var (unit, i) in units.Select((u, i) => (u, i)).Where(x => x.u.AccountableHead is null))
        {
            unit.Update(unit.Name, Heads[i % Heads.Length], unit.IsActive, unit.NoticeEmail);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<User> EnsureUserAsync(
        IServiceProvider services, string userName, string displayName, string hash, string roleKey, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var normalized = userName.ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null)
        {
            user = new User(userName, displayName) { NormalizedUserName = normalized, PasswordHash = hash };
            db.Users.Add(user);
            await db.SaveChangesAsync(cancellationToken);
        }

        await EnsureMembershipAsync(services, user, roleKey, cancellationToken);
        return user;
    }

    private static async Task EnsureMembershipAsync(IServiceProvider services, User user, string roleKey, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id, cancellationToken))
        {
            return;
        }

        var role = await db.Roles.SingleAsync(r => r.TemplateKey == roleKey, cancellationToken);
        Guid? unitId = UnitOf.TryGetValue(roleKey, out var kind)
            ? await db.Units.Where(u => u.Kind == kind).OrderBy(u => u.Name == Firms[0] ? 0 : 1).ThenBy(u => u.Name).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var membership = new Membership(user, unitId);
        membership.SetRoles([role.Id]);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
    }
}
