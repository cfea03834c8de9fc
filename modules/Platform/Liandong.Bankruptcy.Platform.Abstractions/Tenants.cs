namespace Liandong.Bankruptcy.Platform;

/// <summary>Fixed tenants. Every row has a non-null tenant id; the host side is a tenant of its own.</summary>
public static class Tenants
{
    /// <summary>The platform's own administration (host side).</summary>
    public static readonly Guid Host = new("00000000-0000-0000-0000-000000000001");
}
