using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Hosting;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Shell;

/// <summary>What the layout shows the signed-in user: who, which county and unit, where they may switch, and the navigation.</summary>
internal sealed class ShellView
{
    public required string UserName { get; init; }

    public required CountyMembership County { get; init; }

    public string? UnitName { get; init; }

    public required IReadOnlyList<CountyMembership> Counties { get; init; }

    public required IReadOnlyList<NavigationItem> Navigation { get; init; }

    /// <summary>The modules' counts by navigation URL (shown beside the entry when above zero).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();
}

/// <summary>Builds the <see cref="ShellView"/> of the current request, navigation filtered by the user's permissions.</summary>
internal sealed class ShellService(
    IHttpContextAccessor accessor, SignInDirectory directory, ILookupNormalizer normalizer, IPermissionChecker permissions,
    ModuleCatalog modules, PlatformDbContext db, IEnumerable<INavigationCounts> counters)
{
    private ShellView? _view;

    public async Task<ShellView?> GetAsync()
    {
        var http = accessor.HttpContext;
        if (_view is not null || http?.User.Identity?.IsAuthenticated != true || !AccessClaims.TryRead(http.User, out _, out var tenant))
        {
            return _view;
        }

        var entry = await directory.FindAsync(normalizer.NormalizeName(http.User.Identity.Name!), http.RequestAborted);
        var county = entry?.In(tenant);
        if (entry is null || county is null)
        {
            return null;
        }

        var navigation = new List<NavigationItem>();
        foreach (var item in modules.Modules.SelectMany(m => m.Navigation()).OrderBy(i => i.Order))
        {
            if (await permissions.IsGrantedAsync(http.User, item.Permission, http.RequestAborted))
            {
                navigation.Add(item);
            }
        }

        string? unitName = null;
        if (county.Unit?.Id is { } unitId)
        {
            unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(http.RequestAborted);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counter in counters)
        {
            foreach (var (url, count) in await counter.CountsAsync(http.RequestAborted))
            {
                counts[url] = count;
            }
        }

        _view = new ShellView
        {
            Counts = counts,
            UserName = http.User.Identity.Name!,
            County = county,
            UnitName = unitName,
            Counties = [.. entry.Memberships.Where(m => m.IsUsable)],
            Navigation = navigation,
        };
        return _view;
    }
}
