using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Publications;

/// <summary>A case's publication duties, and one duty, as the user may see them (404 otherwise).</summary>
internal sealed class PublicationReader(CasesDbContext db)
{
    public async Task<PublicationDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        PublicationDto.From(await db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw BusinessException.NotFound());

    public async Task<List<PublicationDto>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(caseId, cancellationToken);
        return await db.Publications.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .Select(p => new PublicationDto(p.Id, p.Kind, p.Publisher, p.Channel, p.Text, p.StartsOn, p.DueOn, p.PublishedOn, p.Version))
            .ToListAsync(cancellationToken);
    }
}
