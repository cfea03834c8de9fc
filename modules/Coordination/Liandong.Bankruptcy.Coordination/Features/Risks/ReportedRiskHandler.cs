using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Risks;

/// <summary>
/// A module reports a major risk on a case (<see cref="RiskReported"/>): one matter per source key, linked to the case,
/// owned by the accountable head of the county's petitions unit (信访, the unit for stability risks), or the office's.
/// </summary>
public static class ReportedRiskHandler
{
    public static async Task Handle(RiskReported message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockCaseAsync(message.CaseId, cancellationToken);
        if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(message.CaseId, cancellationToken) is not { } summary ||
            await db.Risks.AnyAsync(r => r.SourceKey == message.SourceKey, cancellationToken) ||
            !Enum.TryParse<RiskKind>(message.Kind, out var kind) || !Enum.TryParse<RiskLevel>(message.Level, out var level))
        {
            return;
        }

        var units = scope.ServiceProvider.GetRequiredService<IUnitDirectory>();
        var owner = await FirstAsync(units, UnitKind.Petitions, cancellationToken) ?? await FirstAsync(units, UnitKind.LeadershipGroupOffice, cancellationToken);
        db.Risks.Add(RiskMatter.Reported(kind, Trim(message.Title, 200), Trim(message.Description, 4000), level, Trim(owner?.AccountableHead ?? "", 50),
            owner is null ? null : new UnitRef(owner.Id, owner.Name), new RiskLink(RiskLinkKind.Case, message.CaseId, summary.CaseNumber), message.SourceKey));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<UnitSummary?> FirstAsync(IUnitDirectory units, UnitKind kind, CancellationToken cancellationToken) =>
        await units.ActiveAsync(kind, cancellationToken) is { Count: > 0 } found ? found[0] : null;

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
