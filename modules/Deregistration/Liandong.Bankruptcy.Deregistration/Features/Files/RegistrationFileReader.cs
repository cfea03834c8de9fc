using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Deregistration.Domain;
using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Deregistration.Features.Files;

/// <summary>
/// The one read of a case's registration file (its GET, every step's answer, its page, the panel), and the load for a
/// change. A case the county (or the firm) has not is 404; a case whose file was never written reads as an empty file
/// at version 0.
/// </summary>
internal sealed class RegistrationFileReader(DeregistrationDbContext db, ICaseQueries cases)
{
    public async Task<RegistrationFileDto> GetAsync(Guid caseId, CancellationToken cancellationToken) =>
        RegistrationFileDto.From(await FindAsync(caseId, cancellationToken));

    public async Task<RegistrationFile> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = await Files().AsNoTracking().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken) ?? new RegistrationFile(caseId);
        file.Apply(summary);
        return file;
    }

    /// <summary>The file, tracked, at the version the user saw (412 otherwise), with the case as Cases has it now.</summary>
    public async Task<RegistrationFile> ForChangeAsync(Guid caseId, uint expected, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = db.ExpectVersionOrAdd(await Files().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken), expected, () => new RegistrationFile(caseId));
        file.Apply(summary);
        return file;
    }

    /// <summary>
    /// The county's files (the firm's, for a firm's user) by case number, a keyset page; <paramref name="open"/>: only
    /// those with work open (a closing under way, a publication or a change outstanding).
    /// </summary>
    public Task<ListResponse<RegistrationFileSummaryDto>> ListAsync(PageRequest page, bool open, CancellationToken cancellationToken)
    {
        var files = db.Files.AsNoTracking();
        if (open)
        {
            files = files.Where(f => (f.TerminatedOn != null && f.CompletedOn == null)
                                     || f.Publications.Any(p => p.PublishedOn == null) || f.Changes.Any(c => c.RegisteredOn == null));
        }

        return page.ReadAsync(files, f => f.CaseNumber,
            f => new RegistrationFileSummaryDto(f.Id, f.CaseNumber, f.DebtorName, f.State, f.TerminatedOn,
                f.Steps.Count(s => s.DoneOn != null), f.Steps.Count, f.CompletedOn,
                f.Publications.Count(p => p.PublishedOn == null), f.Changes.Count(c => c.RegisteredOn == null)),
            d => d.CaseNumber, cancellationToken);
    }

    /// <summary>
    /// The county's cases in which the debtor with this unified social credit code is bankrupt now: in its procedure, or
    /// its liquidation terminated and the company not yet deregistered. Each bars the simplified route.
    /// </summary>
    public async Task<IReadOnlyList<string>> BankruptCasesOfAsync(string uscc, CancellationToken cancellationToken) =>
        await db.Files.AsNoTracking()
            .Where(f => f.DebtorUscc == uscc && (RegistrationFile.InProcedureStates.Contains(f.State) || (f.TerminatedOn != null && f.CompletedOn == null)))
            .OrderBy(f => f.CaseNumber).Select(f => f.CaseNumber).Take(20).ToListAsync(cancellationToken);

    private IQueryable<RegistrationFile> Files() =>
        db.Files.AsSplitQuery().Include(f => f.Steps).Include(f => f.Publications).Include(f => f.Changes);
}
