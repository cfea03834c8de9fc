using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Tenancy;

/// <summary>
/// Opens the request's tenant scope from the signed-in user's chosen county (<see cref="AccessClaims.Tenant"/>), after
/// the principal was validated against the directory. No header or parameter can set it. Without a signed-in user the
/// scope is empty and tenant-owned data is invisible.
/// </summary>
internal static class TenantScopeMiddleware
{
    public static async Task Invoke(HttpContext context, RequestDelegate next, ICurrentTenant currentTenant)
    {
        Guid? tenant = AccessClaims.TryRead(context.User, out _, out var id) ? id : null;
        using (currentTenant.Change(tenant))
        {
            await next(context);
        }
    }
}
