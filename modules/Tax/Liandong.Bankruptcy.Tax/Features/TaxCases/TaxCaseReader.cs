using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases;

/// <summary>
/// The one read of a case's tax file (its GET, every step's answer, its page), and the load for a change. A case the
/// county (or the firm) has not is 404; a case whose file was never written reads as an empty file at version 0, and
/// the first step (If-Match "0") creates it.
/// </summary>
internal sealed class TaxCaseReader(TaxDbContext db, ICaseQueries cases)
{
    public async Task<TaxCaseDto> GetAsync(Guid caseId, CancellationToken cancellationToken) => TaxCaseDto.From(await FindAsync(caseId, cancellationToken));

    /// <summary>The file, untracked, with the case as Cases has it now.</summary>
    public async Task<TaxCase> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = await Files().AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? new TaxCase(caseId);
        file.Apply(summary);
        return file;
    }

    /// <summary>The file, tracked, at the version the user saw (412 otherwise), with the case as Cases has it now.</summary>
    public async Task<TaxCase> ForChangeAsync(Guid caseId, uint expected, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = db.ExpectVersionOrAdd(await Files().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken), expected, () => new TaxCase(caseId));
        file.Apply(summary);
        return file;
    }

    /// <summary>
    /// The county's tax files (the firm's, for a firm's user) by case number, a keyset page; <paramref name="open"/>: only
    /// those with the bureau's work open (lines to review, preservation not lifted, the clearance due, a credit repair asked).
    /// </summary>
    public Task<ListResponse<TaxCaseSummaryDto>> ListAsync(PageRequest page, bool open, CancellationToken cancellationToken)
    {
        var files = db.Cases.AsNoTracking();
        if (open)
        {
            files = files.Where(c => c.Lines.Any(l => l.Review == TaxLineReview.Pending) || (c.AcceptedOn != null && c.PreservationLiftedOn == null)
                                     || (c.TerminatedOn != null && c.ClearanceIssuedOn == null) || c.CreditRepair == CreditRepairStatus.Requested);
        }

        return page.ReadAsync(files, c => c.CaseNumber,
            c => new TaxCaseSummaryDto(c.Id, c.CaseNumber, c.DebtorName, c.State, c.AcceptedOn, c.ClaimDeadline, c.Lines.Count,
                c.Lines.Count(l => l.Review == TaxLineReview.Pending), c.PreservationLiftedOn != null, c.AbnormalSince != null && c.AbnormalLiftedOn == null,
                c.TerminatedOn != null, c.ClearanceIssuedOn != null, c.CreditRepair.ToString()),
            d => d.CaseNumber, cancellationToken);
    }

    private IQueryable<TaxCase> Files() => db.Cases.AsSplitQuery().Include(c => c.Lines).Include(c => c.PostAcceptanceTaxes);
}
