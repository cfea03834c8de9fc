using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Risks;

/// <summary>The major-risk register and one matter with its links, as the user may see them (404 otherwise).</summary>
internal sealed class RiskReader(CoordinationDbContext db)
{
    public async Task<RiskDto> GetAsync(Guid id, CancellationToken cancellationToken) => RiskDto.From(await db.RiskAsync(id, tracked: false, cancellationToken));

    /// <summary>Open matters (or resolved ones), gravest first.</summary>
    public async Task<List<RiskDto>> ListAsync(bool? resolved, CancellationToken cancellationToken)
    {
        var query = db.Risks.AsNoTracking().Include(r => r.Links).AsQueryable();
        query = resolved == true ? query.Where(r => r.ResolvedOn != null) : query.Where(r => r.ResolvedOn == null);
        var risks = await query.OrderByDescending(r => r.Level).ThenBy(r => r.CreatedAt).Take(500).ToListAsync(cancellationToken);
        return [.. risks.Select(RiskDto.From)];
    }
}

internal static class RiskQueries
{
    public static async Task<RiskMatter> RiskAsync(this CoordinationDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Risks.Include(r => r.Links);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
    }
}
