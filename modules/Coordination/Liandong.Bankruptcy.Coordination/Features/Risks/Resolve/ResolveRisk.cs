using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Coordination.Features.Risks.Resolve;

/// <summary>Marks a matter resolved (化解销号) on a date, once.</summary>
internal sealed class ResolveRisk(CoordinationDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, DateRequest request, CancellationToken cancellationToken)
    {
        var risk = await db.RiskAsync(id, tracked: true, cancellationToken);
        db.ExpectVersion(risk, expected);
        if (!risk.Resolve(request.On!.Value))
        {
            throw BusinessException.Conflict("coordination.risk_resolved");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
