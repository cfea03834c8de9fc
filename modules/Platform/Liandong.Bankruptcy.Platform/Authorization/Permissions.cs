using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Claims;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>The one way an endpoint or page handler states the permission it needs.</summary>
public static class Permissions
{
    internal const string PolicyPrefix = "permission:";

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PolicyPrefix + permission);

    /// <summary>The permission an endpoint's metadata asks for, or null.</summary>
    public static IEnumerable<string> Required(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(p => p.StartsWith(PolicyPrefix, StringComparison.Ordinal))
            .Select(p => p[PolicyPrefix.Length..]);
}

/// <summary>[RequirePermission] for Razor Pages: the page's handlers need this permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(Permissions.PolicyPrefix + permission)
{
    public string Permission { get; } = permission;
}

/// <summary>Decides whether the signed-in principal holds a permission in the county it works in.</summary>
public interface IPermissionChecker
{
    ValueTask<bool> IsGrantedAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);
}

/// <summary>
/// Grants of the user's membership in the current county: direct grants and those of its roles. Cached per county and
/// user under the <see cref="AccessVersion"/> (<see cref="AccessCache{TKey, TValue}"/>), so a warm check is two dictionary
/// lookups and a revoked grant takes effect on every host as soon as PostgreSQL's notification arrives.
/// </summary>
internal sealed class PermissionChecker(IServiceScopeFactory scopes, ICurrentTenant currentTenant, AccessVersion version)
    : IPermissionChecker
{
    private readonly AccessCache<(Guid Tenant, Guid User), FrozenSet<string>> _cache = new(version);

    public async ValueTask<bool> IsGrantedAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default)
    {
        if (!AccessClaims.TryRead(user, out var userId, out var tenantId))
        {
            return false;
        }

        var granted = await _cache.GetAsync((tenantId, userId), LoadAsync, cancellationToken);
        return granted.Contains(permission);
    }

    // Shared by every request that misses at once (AccessCache), so no one request's cancellation ends it.
    private async Task<FrozenSet<string>> LoadAsync((Guid Tenant, Guid User) key)
    {
        var (tenantId, userId) = key;
        using var tenantScope = currentTenant.Change(tenantId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        // One statement for both collections: a membership's direct grants times its few roles is a handful of rows, and
        // saying so keeps EF's warning about the product out of the log on the first request of every user.
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.IsActive)
            .Select(m => new { Direct = m.Grants.Select(g => g.Permission).ToList(), Roles = m.Roles.Select(r => r.RoleId).ToList() })
            .AsSingleQuery()
            .SingleOrDefaultAsync();
        if (membership is null)
        {
            return FrozenSet<string>.Empty;
        }

        var fromRoles = await db.Roles.AsNoTracking()
            .Where(r => membership.Roles.Contains(r.Id))
            .SelectMany(r => r.Grants.Select(g => g.Permission))
            .ToListAsync();
        return membership.Direct.Concat(fromRoles).ToFrozenSet(StringComparer.Ordinal);
    }
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await checker.IsGrantedAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Builds the policy for "permission:NAME" once per name, so permissions need no registration as policies.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    // A name always gives the same policy, so the endpoint's combined policy may be built once and kept, as the
    // default provider's is (a derived provider is otherwise asked, and the policies combined, on every request).
    public override bool AllowsCachingPolicies => true;

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Permissions.PolicyPrefix, StringComparison.Ordinal))
        {
            return base.GetPolicyAsync(policyName);
        }

        return Task.FromResult<AuthorizationPolicy?>(_policies.GetOrAdd(policyName, name => new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(name[Permissions.PolicyPrefix.Length..]))
            .Build()));
    }
}
