using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Auditing;

/// <summary>The audit log's names for what Platform holds: a user by the name the county knows, a unit, a role, a county, a holiday by its date.</summary>
internal sealed class PlatformAuditSubjects(PlatformDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.UserId))
            .ToDictionaryAsync(m => m.UserId, m => m.DisplayName, cancellationToken);
        foreach (var membership in await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.DisplayName }).ToListAsync(cancellationToken))
        {
            names.TryAdd(membership.Id, membership.DisplayName);
        }

        foreach (var unit in await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
        {
            names[unit.Id] = unit.Name;
        }

        foreach (var role in await db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
        {
            names[role.Id] = role.Name;
        }

        foreach (var county in await db.Counties.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
        {
            names[county.Id] = county.Name;
        }

        foreach (var day in await db.HolidayDays.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Date }).ToListAsync(cancellationToken))
        {
            names[day.Id] = day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return names;
    }

    public Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<Guid>>([]);
}
