using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Requests;

/// <summary>A case's requests to the court, and one request, as the user may see them (404 otherwise).</summary>
internal sealed class RequestReader(CasesDbContext db)
{
    public async Task<RequestDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        RequestDto.From(await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound());

    public async Task<List<RequestDto>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(caseId, cancellationToken);
        return await db.Requests.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Number)
            .Select(r => new RequestDto(r.Id, r.Number, r.Kind, r.Subject, r.Text, r.RequestedOn, r.Status, r.Reply, r.RepliedOn, r.Version))
            .ToListAsync(cancellationToken);
    }
}
