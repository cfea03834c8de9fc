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
    /// A case's first debtors read with it: a consolidated group (up to 500 at registration) reads the rest in a second
    /// statement, so the one statement's rows (debtors × deadlines) stay at most this many times the deadline kinds.
    /// </summary>
    private const int DebtorsReadWithTheCase = 8;

    /// <summary>
    /// The case with its deadlines (one per kind) and its first debtors, read only, in one statement: compiled (EF
    /// translates it once, not per request) and by keys (the generic plan serves every case). Three statements (split
    /// per collection) took 1.7 times as long for the common case of one debtor and a few deadlines (issue 17).
    /// </summary>
    private static readonly Func<CasesDbContext, Guid, CancellationToken, Task<BankruptcyCase?>> Find =
        EF.CompileAsyncQuery((CasesDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Cases.AsNoTracking().TagWith(GenericPlan.Tag).AsSingleQuery()
                .Include(c => c.Debtors.Where(d => d.Position <= DebtorsReadWithTheCase).OrderBy(d => d.Position))
                .Include(c => c.Deadlines)
                .SingleOrDefault(c => c.Id == id));

    /// <summary>A consolidated case's debtors after the first <see cref="DebtorsReadWithTheCase"/>, in order.</summary>
    private static readonly Func<CasesDbContext, Guid, IAsyncEnumerable<Debtor>> FurtherDebtors =
        EF.CompileAsyncQuery<CasesDbContext, Guid, Debtor>((db, caseId) =>
            db.Set<Debtor>().AsNoTracking().TagWith(GenericPlan.Tag)
                .Where(d => d.CaseId == caseId && d.Position > DebtorsReadWithTheCase).OrderBy(d => d.Position));

    public async Task<BankruptcyCase> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await Find(db, id, cancellationToken) ?? throw BusinessException.NotFound();
        if (found.Debtors.Count == DebtorsReadWithTheCase)
        {
            await foreach (var debtor in FurtherDebtors(db, id).WithCancellation(cancellationToken))
            {
                found.Debtors.Add(debtor);
            }
        }

        return found;
    }

    public async Task<CaseDto> GetAsync(Guid id, CancellationToken cancellationToken) => CaseDto.From(await FindAsync(id, cancellationToken));
}
