namespace Liandong.Bankruptcy.Platform.Shell;

/// <summary>An entry of the navigation: shown only to users holding <see cref="Permission"/> in their county.</summary>
public sealed record NavigationItem(string TextKey, string Url, string Permission, int Order);
