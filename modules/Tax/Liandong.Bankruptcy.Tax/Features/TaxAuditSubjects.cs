using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features;

/// <summary>The audit log's names for what Tax holds: a case's tax file (its id is the case's) by its case number.</summary>
internal sealed class TaxAuditSubjects(TaxDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => $"{c.CaseNumber} 税务事项", cancellationToken);

    public async Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => c.Id).ToListAsync(cancellationToken);
}
