using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features;

/// <summary>The audit log's names for what Wages holds: a case's employee list by its case number, an employee by number and name.</summary>
internal sealed class WagesAuditSubjects(WagesDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => $"{f.CaseNumber} 职工债权清单", cancellationToken);
        foreach (var e in await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Number, e.Name }).ToListAsync(cancellationToken))
        {
            names[e.Id] = $"职工 {e.Number} {e.Name}";
        }

        return names;
    }

    public async Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.CaseNumber == caseNumber).Select(f => f.Id).ToListAsync(cancellationToken);
}
