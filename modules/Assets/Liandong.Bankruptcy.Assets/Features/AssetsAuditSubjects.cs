using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features;

/// <summary>The audit log's names for what Assets holds: a case's estate by its case number, an asset by number and description, an account entry by number.</summary>
internal sealed class AssetsAuditSubjects(AssetsDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => $"{f.CaseNumber} 破产财产", cancellationToken);
        foreach (var a in await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Number, a.Description }).ToListAsync(cancellationToken))
        {
            names[a.Id] = $"第{a.Number}号财产 {a.Description}";
        }

        foreach (var e in await db.Entries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Number }).ToListAsync(cancellationToken))
        {
            names[e.Id] = $"管理人账户第{e.Number}笔";
        }

        return names;
    }

    public async Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.CaseNumber == caseNumber).Select(f => f.Id).ToListAsync(cancellationToken);
}
