using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Contracts;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files;

/// <summary>
/// The one read of a case's employee list (its GET and every step's answer), and the load for a change. A case the
/// county (or the firm) has not is 404; a case whose list was never written reads as an empty list at version 0.
/// </summary>
internal sealed class WageFileReader(WagesDbContext db, ICaseQueries cases, ITaxQueries tax)
{
    public async Task<WageFileDto> GetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = await db.Files.AsNoTracking().Include(f => f.Employees).Include(f => f.Payrolls).AsSplitQuery().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken) ?? new WageFile(caseId);
        file.Apply(summary);
        return WageFileDto.From(file, await tax.PersonalAccountArrearsAsync(caseId, cancellationToken));
    }

    /// <summary>The list, tracked, at the version the user saw (412 otherwise), with the case as Cases has it now.</summary>
    public async Task<WageFile> ForChangeAsync(Guid caseId, uint expected, CancellationToken cancellationToken)
    {
        var summary = await cases.FindAsync(caseId, cancellationToken) ?? throw BusinessException.NotFound();
        var file = db.ExpectVersionOrAdd(await db.Files.Include(f => f.Employees).Include(f => f.Payrolls).AsSplitQuery().SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken),
            expected, () => new WageFile(caseId));
        file.Apply(summary);
        return file;
    }

    /// <summary>The county's lists (the firm's, for a firm's user) by case number, a keyset page.</summary>
    public Task<ListResponse<WageFileSummaryDto>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        page.ReadAsync(db.Files.AsNoTracking(), f => f.CaseNumber,
            f => new WageFileSummaryDto(f.Id, f.CaseNumber, f.DebtorName, f.State, f.Employees.Count, f.PublishedOn), d => d.CaseNumber, cancellationToken);

    /// <summary>The id of the employee with that number on a case's list (the pages name employees by number); 422 otherwise.</summary>
    public async Task<Guid> EmployeeIdAsync(Guid caseId, int number, CancellationToken cancellationToken) =>
        await db.Employees.Where(e => e.CaseId == caseId && e.Number == number).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(cancellationToken)
        ?? throw new BusinessException("wages.no_such_number", 422);

    /// <summary>One employee of a case the county (or firm) has, tracked-free; 404 otherwise.</summary>
    public async Task<EmployeeClaim> EmployeeAsync(Guid caseId, Guid employeeId, CancellationToken cancellationToken) =>
        await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.CaseId == caseId && e.Id == employeeId, cancellationToken) ?? throw BusinessException.NotFound();
}
