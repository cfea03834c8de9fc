using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Testing;

/// <summary>Makes users, memberships and grants through the product's own DbContext, each in its county's scope.</summary>
internal static class TestUsers
{
    private static int _sequence;

    public static async Task<TestUser> CreateAsync(IServiceProvider services, Guid tenantId, string? password, string[] permissions, Guid? unitId = null)
    {
        var name = $"t{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}";
        var userName = name[..Math.Min(name.Length, 40)];
        using var tenantScope = services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var user = new User(userName, "测试用户") { NormalizedUserName = userName.ToUpperInvariant() };
        if (password is not null)
        {
            user.PasswordHash = new PasswordHasher<User>().HashPassword(user, password);
        }

        db.Users.Add(user);
        var membership = new Membership(user, unitId);
        membership.SetGrants(permissions);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
        return new TestUser(user.Id, userName, tenantId, user.SecurityStamp);
    }

    public static async Task AddMembershipAsync(IServiceProvider services, TestUser testUser, Guid tenantId, string[] permissions)
    {
        User user;
        using (services.GetRequiredService<ICurrentTenant>().Change(testUser.TenantId))
        {
            await using var home = services.CreateAsyncScope();
            user = await home.ServiceProvider.GetRequiredService<PlatformDbContext>().Users.AsNoTracking()
                .SingleAsync(u => u.Id == testUser.UserId);
        }

        using var tenantScope = services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var membership = new Membership(user, null);
        membership.SetGrants(permissions);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
    }
}
