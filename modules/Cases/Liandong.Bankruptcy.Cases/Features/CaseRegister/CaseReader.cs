using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister;

/// <summary>Reads one case as the user may see it (404 otherwise): for its pages, its GET and the answer of every write on it.</summary>
internal sealed class CaseReader(CasesDbContext db)
{
    /// <summary>
    /// The case with its debtors and deadlines, read only: compiled (EF translates it once, not per request), by keys
    /// (the generic plan serves every case), split (one statement per collection: no debtors × deadlines product).
    /// </summary>
    private static readonly Func<CasesDbContext, Guid, CancellationToken, Task<BankruptcyCase?>> Find =
        EF.CompileAsyncQuery((CasesDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Cases.AsNoTracking().TagWith(GenericPlan.Tag).AsSplitQuery()
                .Include(c => c.Debtors.OrderBy(d => d.Position)).Include(c => c.Deadlines)
                .SingleOrDefault(c => c.Id == id));

    public async Task<BankruptcyCase> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Find(db, id, cancellationToken) ?? throw BusinessException.NotFound();

    public async Task<CaseDto> GetAsync(Guid id, CancellationToken cancellationToken) => CaseDto.From(await FindAsync(id, cancellationToken));
}
