namespace Liandong.Bankruptcy.Platform;

/// <summary>The Platform module's permission names.</summary>
public static class PlatformPermissions
{
    public const string UnitsView = "Platform.Units";
    public const string UnitsManage = "Platform.Units.Manage";
}
