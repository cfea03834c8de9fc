using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>
/// A person who signs in. The row belongs to the user's home county (or the host side); the counties they work in
/// are their <see cref="Membership"/>s. User names are unique across the platform (demo users carry the division code).
/// </summary>
internal sealed class User : AggregateRoot, ITenantOwned
{
    private User()
    {
    }

    public User(string userName, string displayName)
    {
        UserName = userName;
        DisplayName = displayName;
        IsActive = true;
    }

    public Guid TenantId { get; private set; }

    public string UserName { get; private set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; private set; } = "";

    [Auditing.Protected]
    public string? PasswordHash { get; set; }

    /// <summary>Changes with the password and on deactivation, so every signed-in session of the user ends.</summary>
    [Auditing.Protected]
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsActive { get; private set; }

    /// <summary>Resident ID number, when recorded for real-name verification: encrypted, hashed, masked.</summary>
    public ProtectedData.ProtectedValue? IdNumber { get; set; }

    public void Rename(string displayName) => DisplayName = displayName;

    public void Deactivate()
    {
        IsActive = false;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Activate() => IsActive = true;
}
