using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Tax.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>
/// What the credit file follows, each in its county's scope: an acceptance (in every procedure) asks the court to
/// delete the dishonest-debtor entry; an approved plan or composition opens the file to applications; the plan carried
/// out makes every repair final; a conversion to liquidation withdraws pending requests and asks each unit to reverse
/// its repair; the Tax module's own credit repair request and decision are the tax target's; an item of a credit kind
/// completed by hand is its measure done. Idempotent; a second handler of the same case at once is retried.
/// </summary>
public static class CaseEventsHandler
{
    public static Task Handle(CaseAccepted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, message.CaseId, async (file, outbox) =>
        {
            if (file.Accepted(message.AcceptedOn) is { } measure)
            {
                await outbox.RequestAsync(file.Id, [measure], message.AcceptedOn);
            }
        }, cancellationToken);

    public static Task Handle(ReorganizationPlanApproved message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, file => file.PlanApproved(message.ApprovedOn), cancellationToken);

    public static Task Handle(CompositionApproved message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, file => file.PlanApproved(message.ApprovedOn), cancellationToken);

    public static Task Handle(PlanCarriedOut message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, file => file.CarriedOut(message.On), cancellationToken);

    public static Task Handle(ConvertedToLiquidation message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, message.CaseId, async (file, outbox) =>
        {
            var (reverse, withdrawn) = file.Converted(message.DeclaredOn);
            await outbox.RequestReversalAsync(file.Id, reverse, message.DeclaredOn);
            foreach (var measure in withdrawn)
            {
                await outbox.AnswerAsync(file.Id, CreditTargets.Rules[measure.Target].ItemKind, message.DeclaredOn, "案件转入破产清算，信用修复申请撤回");
            }
        }, cancellationToken);

    public static Task Handle(TaxCreditRepairRequested message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, message.CaseId, async (file, outbox) =>
        {
            if (file.RequestedByUnit(CreditTarget.TaxCredit, message.RequestedOn) is { } measure)
            {
                await outbox.RequestAsync(file.Id, [measure], message.RequestedOn);
            }
        }, cancellationToken);

    public static Task Handle(TaxCreditRepairDecided message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, message.CaseId, async (file, outbox) =>
        {
            var note = message.Repaired ? $"纳税信用级别 {message.Rating}" : "不予修复（见税务部门决定）";
            if (file.Measure(CreditTarget.TaxCredit) is { Status: MeasureStatus.Requested } && file.Decide(CreditTarget.TaxCredit, message.Repaired, note, message.DecidedOn) == CreditOutcome.Done)
            {
                await outbox.AnswerAsync(file.Id, CreditTargets.Rules[CreditTarget.TaxCredit].ItemKind, message.DecidedOn, note);
            }
        }, cancellationToken);

    /// <summary>An item of a credit kind completed by hand in Coordination: the measure repaired (or its reversal done) on that day.</summary>
    public static Task Handle(CoordinationItemCompleted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        message.CaseId is { } caseId && CreditTargets.OfItemKind(message.Kind) is var (target, reversal)
            ? FollowAsync(scopes, caseId, file =>
            {
                if (reversal)
                {
                    file.Reversed(target, "在协同事项中办结", message.CompletedOn);
                }
                else if (target != CreditTarget.TaxCredit) // the tax rating is decided in the Tax module
                {
                    file.Decide(target, true, "在协同事项中办结", message.CompletedOn);
                }
            }, cancellationToken)
            : Task.CompletedTask;

    internal static Task FollowAsync(IServiceScopeFactory scopes, Guid caseId, Action<CreditFile> change, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, caseId, (file, _) =>
        {
            change(file);
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task ChangeAsync(
        IServiceScopeFactory scopes, Guid caseId, Func<CreditFile, IDbContextOutbox<CreditDbContext>, Task> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<CreditDbContext>>();
                var db = outbox.DbContext;
                if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken) is not { } summary)
                {
                    return; // not a case of this county
                }

                var file = await db.Files.Include(f => f.Measures).Include(f => f.History).Include(f => f.Applications).AsSplitQuery()
                    .SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken);
                file ??= db.Files.Add(new CreditFile(caseId)).Entity;
                file.Apply(summary);
                await change(file, outbox);
                await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 5 && (e is DbUpdateConcurrencyException ||
                                                                e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }))
            {
                // A user's step or another event of the case wrote the file first: read it again.
            }
        }
    }
}
