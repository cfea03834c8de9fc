using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Record;

/// <summary>Records a major risk (重大风险, policy 二(五)) with its links.</summary>
internal sealed class RecordRisk(CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases)
{
    public async Task<Guid> HandleAsync(RiskRequest request, CancellationToken cancellationToken)
    {
        var risk = new RiskMatter(request.Kind!.Value, request.Title!.Trim());
        db.Risks.Add(risk);
        await db.ApplyAsync(risk, request, replaceLinks: false, units, cases, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return risk.Id;
    }
}
