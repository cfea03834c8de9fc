using Liandong.Bankruptcy.Cases.Localization;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Cases.Features.Queries;

/// <summary>The audit log's names for what Cases holds: a case by its number; a claim, a creditors' meeting, a request and the committee as part of their case.</summary>
internal sealed class CaseAuditSubjects(CasesDbContext db, IStringLocalizer<CasesMessages> text) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber, cancellationToken);
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new { c.Id, k.CaseNumber, c.Number, c.Creditor }).ToListAsync(cancellationToken);
        claims.ForEach(c => names[c.Id] = text["audit.claim", c.CaseNumber, c.Number, c.Creditor]);
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Join(db.Cases, m => m.CaseId, k => k.Id, (m, k) => new { m.Id, k.CaseNumber, m.Number }).ToListAsync(cancellationToken);
        meetings.ForEach(m => names[m.Id] = text["audit.meeting", m.CaseNumber, m.Number]);
        var requests = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Join(db.Cases, r => r.CaseId, k => k.Id, (r, k) => new { r.Id, k.CaseNumber, r.Number }).ToListAsync(cancellationToken);
        requests.ForEach(r => names[r.Id] = text["audit.request", r.CaseNumber, r.Number]);
        var committees = await db.Committees.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new { c.Id, k.CaseNumber }).ToListAsync(cancellationToken);
        committees.ForEach(c => names[c.Id] = text["audit.committee", c.CaseNumber]);
        return names;
    }

    public async Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var caseIds = db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => c.Id);
        return await caseIds
            .Concat(db.Claims.Where(c => caseIds.Contains(c.CaseId)).Select(c => c.Id))
            .Concat(db.Meetings.Where(m => caseIds.Contains(m.CaseId)).Select(m => m.Id))
            .Concat(db.Requests.Where(r => caseIds.Contains(r.CaseId)).Select(r => r.Id))
            .Concat(db.Committees.Where(c => caseIds.Contains(c.CaseId)).Select(c => c.Id))
            .ToListAsync(cancellationToken);
    }
}
