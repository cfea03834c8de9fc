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

    public static Task Handle(LiquidationTerminated message, IServiceScopeFactory scopes, TimeProvider clock, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.LiquidationTerminated, clock.Today(), cancellationToken);

    public static Task Handle(ReorganizationPlanApproved message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.PlanApproved, message.ApprovedOn, cancellationToken);

    public static Task Handle(CompositionApproved message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.PlanApproved, message.ApprovedOn, cancellationToken);

    public static Task Handle(PlanCarriedOut message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        InScopeAsync(scopes, message.CaseId, TemplateTrigger.PlanCarriedOut, message.On, cancellationToken);

    /// <summary>
    /// Two events of one case handled at once both find no projection and both insert it: the second fails on the
    /// unique (county, case) index and is run again, now updating the row the first made.
    /// </summary>
    internal static async Task InScopeAsync(
        IServiceScopeFactory scopes, Guid caseId, TemplateTrigger? trigger, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await FollowUpAsync(scopes, caseId, trigger, on, cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
            }
        }
    }

    private static async Task FollowUpAsync(
        IServiceScopeFactory scopes, Guid caseId, TemplateTrigger? trigger, DateOnly on, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken) is not { } summary)
        {
            return; // not a case of this county
        }

        var projection = await db.Cases.SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        if (projection is null)
        {
            projection = new CaseProjection(caseId, summary.CaseNumber);
            db.Cases.Add(projection);
        }

        (projection.Procedure, projection.State, projection.AcceptedOn) = (summary.Procedure, summary.State, summary.Dates.AcceptedOn);
        if (trigger is { } made)
        {
            await scope.ServiceProvider.GetRequiredService<ItemFactory>().FromTemplatesAsync(caseId, summary.CaseNumber, made, on, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
