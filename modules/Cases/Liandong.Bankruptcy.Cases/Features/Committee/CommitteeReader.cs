using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Committee;

/// <summary>A case's creditors' committee (an empty one at version 0 until its members are first set); 404 when the county (or the firm) has no such case.</summary>
internal sealed class CommitteeReader(CasesDbContext db)
{
    public async Task<CommitteeDto> GetAsync(Guid caseId, CancellationToken cancellationToken) =>
        CommitteeDto.From(await db.CommitteeOfAsync(caseId, tracked: false, cancellationToken) ?? new CreditorsCommittee(caseId));
}

internal static class CommitteeQueries
{
    /// <summary>The case's committee with members and decisions, or null; 404 when the county (or the firm) has no such case.</summary>
    public static async Task<CreditorsCommittee?> CommitteeOfAsync(this CasesDbContext db, Guid caseId, bool tracked, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(caseId, cancellationToken);
        var committees = tracked ? db.Committees : db.Committees.AsNoTracking();
        return await committees.AsSplitQuery().Include(c => c.Members).Include(c => c.Decisions).SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
    }
}
