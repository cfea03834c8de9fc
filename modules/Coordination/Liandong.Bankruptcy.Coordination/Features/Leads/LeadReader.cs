using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Leads;

internal sealed record LeadDto(
    Guid Id, Guid CaseId, string CaseNumber, EvasionBasis Basis, string Facts, Guid UnitId, string UnitName, DateOnly HandedOn, Guid ItemId,
    ItemStatus Status, DateOnly? AnswerDue, bool Overdue, string? Answer, DateOnly? AnsweredOn);

/// <summary>The leads the user may see (a unit: those it was handed), newest first, each with its item's state and answer.</summary>
internal sealed class LeadReader(CoordinationDbContext db, TimeProvider clock)
{
    public async Task<List<LeadDto>> ListAsync(CancellationToken cancellationToken, Guid? only = null)
    {
        var today = clock.Today();
        return await db.Leads.AsNoTracking().Where(l => only == null || l.Id == only)
            .Join(db.Items, l => l.ItemId, i => i.Id, (l, i) => new { l, i })
            .OrderByDescending(x => x.l.HandedOn).ThenByDescending(x => x.l.Id).Take(500)
            .Select(x => new LeadDto(x.l.Id, x.l.CaseId, x.l.CaseNumber, x.l.Basis, x.l.Facts, x.l.UnitId, x.l.UnitName, x.l.HandedOn, x.l.ItemId,
                x.i.Status, x.i.DueOn, x.i.IsOpen && x.i.DueOn < today, x.i.Result, x.i.CompletedOn))
            .ToListAsync(cancellationToken);
    }

    public async Task<LeadDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken, id)).SingleOrDefault() ?? throw BusinessException.NotFound();
}
