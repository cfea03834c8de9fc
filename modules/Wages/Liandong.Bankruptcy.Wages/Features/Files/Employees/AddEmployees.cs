using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Wages.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Employees;

/// <summary>
/// The administrator lists employees (art. 48: no declaration needed), before the list is published; each ID number
/// stored encrypted with its keyed hash and mask (Platform's protected data), once in the list. A list reaching the
/// county's stability-risk thresholds opens a matter in Coordination.
/// </summary>
internal sealed class AddEmployees(
    IDbContextOutbox<WagesDbContext> outbox, WageFileReader files, IProtectedData protectedData, Stability.StabilityThresholds thresholds, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, IReadOnlyList<EmployeeRequest> employees, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.Add([.. employees.Select(e => (e.ToAmounts(), protectedData.Protect(e.NormalizedIdNumber)))]).OrRefuse(WageFile.MaxEmployees);
        await thresholds.CheckAsync(outbox, file, clock.Today(), cancellationToken);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
