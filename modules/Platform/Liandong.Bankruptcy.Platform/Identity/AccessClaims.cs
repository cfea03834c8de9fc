using System.Security.Claims;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>What a signed-in principal carries: who, the county chosen, and the security stamp. Nothing else.</summary>
public static class AccessClaims
{
    public const string Tenant = "liandong:tenant";
    public const string SecurityStamp = "liandong:stamp";

    public static ClaimsPrincipal Create(Guid userId, string userName, Guid tenantId, string securityStamp, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
                new Claim(ClaimTypes.Name, userName),
                new Claim(Tenant, tenantId.ToString()),
                new Claim(SecurityStamp, securityStamp),
            ],
            scheme));

    public static bool TryRead(ClaimsPrincipal principal, out Guid userId, out Guid tenantId)
    {
        tenantId = Guid.Empty;
        return Guid.TryParse(principal.FindFirst(ClaimTypes.NameIdentifier)?.Value, out userId) &
               Guid.TryParse(principal.FindFirst(Tenant)?.Value, out tenantId);
    }
}
