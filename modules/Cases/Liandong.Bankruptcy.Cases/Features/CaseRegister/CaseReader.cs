using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister;

/// <summary>Reads one case as the user may see it (404 otherwise): for its pages, its GET and the answer of every write on it.</summary>
internal sealed class CaseReader(CasesDbContext db)
{
    /// <summary>The case with its debtors and deadlines, read only (by keys: the generic plan serves every case).</summary>
    public async Task<BankruptcyCase> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().WithGenericPlan().AsSplitQuery().Include(c => c.Debtors.OrderBy(d => d.Position)).Include(c => c.Deadlines)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    public async Task<CaseDto> GetAsync(Guid id, CancellationToken cancellationToken) => CaseDto.From(await FindAsync(id, cancellationToken));
}
