using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Update;

/// <summary>Updates a matter at the version the user saw, its links replaced.</summary>
internal sealed class UpdateRisk(CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases)
{
    public async Task HandleAsync(Guid id, uint expected, RiskRequest request, CancellationToken cancellationToken)
    {
        var risk = await db.RiskAsync(id, tracked: true, cancellationToken);
        db.ExpectVersion(risk, expected);
        await db.ApplyAsync(risk, request, replaceLinks: true, units, cases, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
