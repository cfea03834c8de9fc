using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features;

/// <summary>The audit log's names for what Credit holds: a case's credit file (its id is the case's) by its case number.</summary>
internal sealed class CreditAuditSubjects(CreditDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => $"{f.CaseNumber} 信用修复", cancellationToken);

    public async Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.CaseNumber == caseNumber).Select(f => f.Id).ToListAsync(cancellationToken);
}
