using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>The navigation's counts: the open items of the user's unit beside the inbox, those awaiting consent or reassignment beside the overview.</summary>
internal sealed class ItemCounts(CoordinationDbContext db, ICurrentUnit unit, IPermissionChecker permissions, IHttpContextAccessor http) : INavigationCounts
{
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>();
        var user = http.HttpContext?.User;
        if (user is null)
        {
            return counts;
        }

        if (unit.Unit is { } mine && await permissions.IsGrantedAsync(user, CoordinationPermissions.Work, cancellationToken))
        {
            counts["/coordination/inbox"] = await db.OpenItemCounts.Where(c => c.UnitId == mine.Id).SumAsync(c => c.Count, cancellationToken);
        }

        if (await permissions.IsGrantedAsync(user, CoordinationPermissions.Oversee, cancellationToken))
        {
            counts["/coordination/overview"] = await db.Items.CountAsync(
                i => i.Status == Domain.ItemStatus.PendingConsent || i.Status == Domain.ItemStatus.Returned, cancellationToken);
        }

        return counts;
    }
}
