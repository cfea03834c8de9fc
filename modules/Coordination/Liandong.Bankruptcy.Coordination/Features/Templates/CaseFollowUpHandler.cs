using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

/// <summary>
/// Cases' events, each handled in its county's scope (opened from the envelope): the local projection of the case is
/// refreshed through <see cref="ICaseQueries"/> (so events arriving out of order still leave it right), then the
/// template's items are made. Idempotent on redelivery.
/// </summary>
public static class CaseFollowUpHandler
{
    public static Task Handle(CaseRegistered message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, null, default, cancellationToken);

    public static Task Handle(CaseAdvanced message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, null, default, cancellationToken);

    public static Task Handle(CaseAccepted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.CaseAccepted, message.AcceptedOn, cancellationToken);

    public static Task Handle(BankruptcyDeclared message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.BankruptcyDeclared, message.DeclaredOn, cancellationToken);

    public static Task Handle(LiquidationTerminated message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.LiquidationTerminated, message.TerminatedOn, cancellationToken);

    public static Task Handle(ReorganizationPlanApproved message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.PlanApproved, message.ApprovedOn, cancellationToken);

    public static Task Handle(CompositionApproved message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.PlanApproved, message.ApprovedOn, cancellationToken);

    public static Task Handle(ClaimPeriodSet message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, null, default, cancellationToken);

    public static Task Handle(PlanCarriedOut message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.PlanCarriedOut, message.On, cancellationToken);

    /// <summary>
    /// Two events of one case handled at once both find no projection and both insert it, or both update it: the second
    /// fails on the unique (county, case) index or on the projection's sequence and is run again, now reading the row the
    /// first made; a read older than the projection's is not applied (the copy never goes back in time).
    /// </summary>
    internal static Task InScopeAsync(
        IServiceScopeFactory scopes, Guid caseId, TemplateTrigger? trigger, DateOnly on, CancellationToken cancellationToken) =>
        FollowUpWithRetryAsync(scopes, caseId, null, trigger, on, cancellationToken);

    /// <summary>Applies a read of the case made earlier (a handler that read, then was delayed), as a late handler would.</summary>
    internal static Task ApplyReadAsync(IServiceScopeFactory scopes, CaseSummaryInfo read, CancellationToken cancellationToken) =>
        FollowUpWithRetryAsync(scopes, read.CaseId, read, null, default, cancellationToken);

    private static async Task FollowUpWithRetryAsync(
        IServiceScopeFactory scopes, Guid caseId, CaseSummaryInfo? read, TemplateTrigger? trigger, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await FollowUpAsync(scopes, caseId, read, trigger, on, cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 5 && (e is DbUpdateConcurrencyException ||
                                                                e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }))
            {
                // Another handler of the same case wrote the projection first: read again, and keep the newer read.
            }
        }
    }

    private static async Task FollowUpAsync(
        IServiceScopeFactory scopes, Guid caseId, CaseSummaryInfo? read, TemplateTrigger? trigger, DateOnly on, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockCaseAsync(caseId, cancellationToken);
        if ((read ?? await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken)) is not { } summary)
        {
            return; // not a case of this county
        }

        var projection = await db.Cases.SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        if (projection is null)
        {
            projection = new CaseProjection(caseId, summary.CaseNumber);
            db.Cases.Add(projection);
        }

        projection.Apply(summary);
        var factory = scope.ServiceProvider.GetRequiredService<ItemFactory>();
        if (trigger is { } made)
        {
            await factory.FromTemplatesAsync(caseId, summary.CaseNumber, made, on, cancellationToken);
        }

        await factory.AlignWithCaseDeadlinesAsync(caseId, summary.Deadlines, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
