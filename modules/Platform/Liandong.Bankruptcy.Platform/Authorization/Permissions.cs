using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>The one way an endpoint or page handler states the permission it needs.</summary>
public static class Permissions
{
    internal const string PolicyPrefix = "permission:";

    /// <summary>The claim type a principal's granted permissions travel in.</summary>
    public const string PermissionClaim = "liandong:permission";

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PolicyPrefix + permission);
}

/// <summary>Decides whether a principal holds a permission in its current county.</summary>
public interface IPermissionChecker
{
    bool IsGranted(ClaimsPrincipal user, string permission);
}

/// <summary>Grants carried as claims of the signed-in principal.</summary>
internal sealed class ClaimsPermissionChecker : IPermissionChecker
{
    public bool IsGranted(ClaimsPrincipal user, string permission) =>
        user.HasClaim(Permissions.PermissionClaim, permission);
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && checker.IsGranted(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Builds the policy for "permission:NAME" on demand, so permissions need no registration as policies.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Permissions.PolicyPrefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Permissions.PolicyPrefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
