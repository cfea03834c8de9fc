using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Timeline;

internal sealed record CaseStepDto(int Position, CaseAction Action, LegalBasis Basis, CaseState FromState, CaseState ToState,
    string RulingNumber, DateOnly RulingDate, string RulingKind, Guid? By, DateTimeOffset At);

/// <summary>The case's timeline (办理经过), step by step; 404 when the county has no such case.</summary>
internal sealed class CaseTimeline(CasesDbContext db)
{
    public async Task<List<CaseStepDto>> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);
        return await db.Cases.Where(c => c.Id == id).SelectMany(c => c.Timeline).OrderBy(s => s.Position)
            .Select(s => new CaseStepDto(s.Position, s.Action, s.Basis, s.FromState, s.ToState, s.RulingNumber, s.RulingDate, s.RulingKind, s.By, s.At))
            .ToListAsync(cancellationToken);
    }
}
