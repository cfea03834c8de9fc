using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Claims;

/// <summary>Reads one line of a register as the user may see it (404 otherwise): for its page and the answer of every write on it.</summary>
internal sealed class ClaimReader(CasesDbContext db)
{
    public async Task<Claim> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw BusinessException.NotFound();

    public async Task<ClaimDto> GetAsync(Guid id, CancellationToken cancellationToken) => ClaimDto.From(await FindAsync(id, cancellationToken));
}

internal static class ClaimChanges
{
    /// <summary>The line, tracked, at the version the user saw: 404 when the county (or the firm) has no such line, 412 when it changed.</summary>
    public static async Task<Claim> ClaimForChangeAsync(this CasesDbContext db, Guid id, uint expected, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(claim, expected);
        return claim;
    }
}
