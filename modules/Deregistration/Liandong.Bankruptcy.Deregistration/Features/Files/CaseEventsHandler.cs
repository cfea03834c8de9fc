using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Deregistration.Domain;
using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Tax.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Deregistration.Features.Files;

/// <summary>
/// What the registration file follows, each in its county's scope: an acceptance opens it; each procedural step makes
/// its status due for publication; a liquidation terminated under art. 43 or 120 makes the closing steps (terminations
/// under arts. 105 and 108, and approved plans, never do: the company survives); a unit's closing item completed, or
/// the tax clearance document issued, does its step — and the last step done publishes
/// <see cref="DeregistrationCompleted"/> in the same transaction. Idempotent; a second handler of the same case at
/// once is retried.
/// </summary>
public static class CaseEventsHandler
{
    public static Task Handle(CaseAccepted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, (_, _) => { }, cancellationToken);

    public static Task Handle(CaseAdvanced message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, (file, calendar) =>
        {
            if (message.ToState != message.FromState && message.ToState != "NotAccepted")
            {
                file.StepTaken(message.Action, message.ToState, message.On, calendar);
            }
        }, cancellationToken);

    public static Task Handle(LiquidationTerminated message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, (file, calendar) => file.Terminated(message.Basis, message.TerminatedOn, calendar), cancellationToken);

    public static Task Handle(CoordinationItemCompleted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        message.CaseId is { } caseId && ClosingSteps.ByItemKind.TryGetValue(message.Kind, out var kind)
            ? UnitDoneAsync(scopes, caseId, kind, message.CompletedOn, null, cancellationToken)
            : Task.CompletedTask;

    public static Task Handle(TaxClearanceIssued message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        UnitDoneAsync(scopes, message.CaseId, ClosingStepKind.TaxClearance, message.IssuedOn, message.DocumentNumber, cancellationToken);

    /// <summary>
    /// A unit's closing step done. Its item exists only because the liquidation terminated, so a file that has not yet
    /// seen that event takes the termination from the case as Cases has it (its basis follows with the event).
    /// </summary>
    private static Task UnitDoneAsync(IServiceScopeFactory scopes, Guid caseId, ClosingStepKind kind, DateOnly on, string? result, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, caseId, (file, summary, calendar) =>
        {
            if (file.TerminatedOn is null && summary is { State: "Terminated", Dates.EndedOn: { } ended })
            {
                file.Terminated(null, ended, calendar);
            }

            return file.UnitDone(kind, on, result);
        }, cancellationToken);

    internal static Task FollowAsync(IServiceScopeFactory scopes, Guid caseId, Action<RegistrationFile, WorkingCalendar> change, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, caseId, (file, _, calendar) =>
        {
            change(file, calendar);
            return null;
        }, cancellationToken);

    private static async Task ChangeAsync(
        IServiceScopeFactory scopes, Guid caseId, Func<RegistrationFile, CaseSummaryInfo, WorkingCalendar, DeregistrationOutcome?> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<DeregistrationDbContext>>();
                var db = outbox.DbContext;
                if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken) is not { } summary)
                {
                    return; // not a case of this county
                }

                var file = await db.Files.Include(f => f.Steps).Include(f => f.Publications).AsSplitQuery()
                    .SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken);
                if (file is null)
                {
                    file = db.Files.Add(new RegistrationFile(caseId)).Entity;
                }

                file.Apply(summary);
                var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
                if (change(file, summary, calendar) == DeregistrationOutcome.Completed)
                {
                    await outbox.PublishAsync(new DeregistrationCompleted(caseId, file.TerminatedOn!.Value, file.CompletedOn!.Value));
                }

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
