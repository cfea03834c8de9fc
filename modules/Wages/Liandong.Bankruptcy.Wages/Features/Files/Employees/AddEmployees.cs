using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Persistence;

namespace Liandong.Bankruptcy.Wages.Features.Files.Employees;

/// <summary>
/// The administrator lists employees (art. 48: no declaration needed), before the list is published; each ID number
/// stored encrypted with its keyed hash and mask (Platform's protected data), once in the list.
/// </summary>
internal sealed class AddEmployees(WagesDbContext db, WageFileReader files, IProtectedData protectedData)
{
    public async Task HandleAsync(Guid caseId, uint expected, IReadOnlyList<EmployeeRequest> employees, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.Add([.. employees.Select(e => (e.ToAmounts(), protectedData.Protect(e.NormalizedIdNumber)))]).OrRefuse(WageFile.MaxEmployees);
        await db.SaveChangesAsync(cancellationToken);
    }
}
