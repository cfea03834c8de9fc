using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Tenancy;

/// <summary>
/// Opens the request's tenant scope from the signed-in user's chosen county (claim <see cref="TenantClaim"/>).
/// No header or parameter can set it. Without a signed-in user the scope is empty and tenant-owned data is invisible.
/// </summary>
public static class TenantScopeMiddleware
{
    public const string TenantClaim = Identity.AccessClaims.Tenant;

    internal static async Task Invoke(HttpContext context, RequestDelegate next, ICurrentTenant currentTenant)
    {
        var claim = context.User.FindFirstValue(TenantClaim);
        Guid? tenant = Guid.TryParse(claim, out var id) ? id : null;
        using (currentTenant.Change(tenant))
        {
            await next(context);
        }
    }
}
