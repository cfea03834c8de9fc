using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>
/// The one read of a case's credit file (its GET, every step's answer, its page, the panel), and the load for a change.
/// A case the county (or the firm) has not is 404; a case whose file was never written reads as an empty file at version 0.
/// </summary>
internal sealed class CreditFileReader(CreditDbContext db, ICaseQueries cases)
{
    public async Task<CreditFileDto> GetAsync(Guid caseId, CancellationToken cancellationToken) =>
        CreditFileDto.From(await FindAsync(caseId, cancellationToken));

    public async Task<CreditFile> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = await Files().AsNoTracking().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken) ?? new CreditFile(caseId);
        file.Apply(summary);
        return file;
    }

    /// <summary>The file, tracked, at the version the user saw (412 otherwise), with the case as Cases has it now.</summary>
    public async Task<CreditFile> ForChangeAsync(Guid caseId, uint expected, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = db.ExpectVersionOrAdd(await Files().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken), expected, () => new CreditFile(caseId));
        file.Apply(summary);
        return file;
    }

    /// <summary>The county's files (the firm's, for a firm's user) by case number, a keyset page; <paramref name="open"/>: only those with a unit's work open.</summary>
    public Task<ListResponse<CreditFileSummaryDto>> ListAsync(PageRequest page, bool open, CancellationToken cancellationToken)
    {
        var files = db.Files.AsNoTracking();
        if (open)
        {
            files = files.Where(f => f.Measures.Any(m => m.Status == MeasureStatus.Requested || m.Status == MeasureStatus.ReversalDue));
        }

        return page.ReadAsync(files, f => f.CaseNumber,
            f => new CreditFileSummaryDto(f.Id, f.CaseNumber, f.DebtorName, f.State, f.ApprovedOn, f.ConvertedOn,
                f.Measures.Count(m => m.Status == MeasureStatus.Requested),
                f.Measures.Count(m => m.Status == MeasureStatus.Repaired || m.Status == MeasureStatus.Final),
                f.Measures.Count(m => m.Status == MeasureStatus.Refused),
                f.Measures.Count(m => m.Status == MeasureStatus.ReversalDue)),
            d => d.CaseNumber, cancellationToken);
    }

    private IQueryable<CreditFile> Files() =>
        db.Files.AsSplitQuery().Include(f => f.Applications).Include(f => f.Measures).Include(f => f.History);
}
