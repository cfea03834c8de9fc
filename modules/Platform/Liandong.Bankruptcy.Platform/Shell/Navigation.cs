namespace Liandong.Bankruptcy.Platform.Shell;

/// <summary>An entry of the navigation: shown only to users holding <see cref="Permission"/> in their county.</summary>
public sealed record NavigationItem(string TextKey, string Url, string Permission, int Order);

/// <summary>
/// A module's home page for users holding <see cref="Permission"/>: the root page sends a signed-in user to the first
/// (lowest <see cref="Order"/>) they may open — a judge's desk, a unit's inbox, the office's overview.
/// </summary>
public sealed record HomePage(string Url, string Permission, int Order);

/// <summary>
/// A module's counts beside its navigation entries (open items in a unit's inbox, unread notifications …), keyed by the
/// entry's URL; asked once per page for the signed-in user. Register implementations as scoped services.
/// </summary>
public interface INavigationCounts
{
    Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken);
}
