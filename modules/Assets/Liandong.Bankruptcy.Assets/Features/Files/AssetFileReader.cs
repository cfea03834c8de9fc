using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files;

/// <summary>
/// The one read of a case's estate (its GET, every step's answer, its page, the panel), and the load for a change. A
/// case the county (or the firm) has not is 404; a case whose estate was never written reads as empty at version 0.
/// </summary>
internal sealed class AssetFileReader(AssetsDbContext db, ICaseQueries cases)
{
    public async Task<AssetFileDto> GetAsync(Guid caseId, CancellationToken cancellationToken) =>
        AssetFileDto.From(await FindAsync(caseId, cancellationToken));

    public async Task<AssetFile> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = await Files().AsNoTracking().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken) ?? new AssetFile(caseId);
        file.Apply(summary);
        return file;
    }

    /// <summary>The estate, tracked, at the version the user saw (412 otherwise), with the case as Cases has it now.</summary>
    public async Task<AssetFile> ForChangeAsync(Guid caseId, uint expected, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = db.ExpectVersionOrAdd(await Files().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken), expected, () => new AssetFile(caseId));
        file.Apply(summary);
        return file;
    }

    /// <summary>The county's estates (the firm's, for a firm's user) by case number, a keyset page.</summary>
    public Task<ListResponse<AssetFileSummaryDto>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        page.ReadAsync(db.Files.AsNoTracking(), f => f.CaseNumber,
            f => new AssetFileSummaryDto(f.Id, f.CaseNumber, f.DebtorName, f.State, f.Assets.Count,
                f.Inquiries.Count(i => i.Status == InquiryStatus.Sent), f.Sales.Count(s => s.Outcome == SaleOutcome.Pending)),
            d => d.CaseNumber, cancellationToken);

    private IQueryable<AssetFile> Files() =>
        db.Files.AsSplitQuery().Include(f => f.Takeover).Include(f => f.Assets).ThenInclude(a => a.Encumbrances).Include(f => f.Seizures)
            .Include(f => f.Inquiries).ThenInclude(i => i.Results).Include(f => f.Sales).Include(f => f.Entries).Include(f => f.Statement)
            .Include(f => f.DistributionPlans).ThenInclude(p => p.Payouts).Include(f => f.Expenses).Include(f => f.FundApplications);
}
