using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Credit.Contracts;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases;

/// <summary>
/// Cases' events the tax file follows, each in its county's scope: a terminated liquidation (arts. 43, 120) makes the
/// clearance document due (terminations under arts. 105 and 108 do not: the company survives); an acceptance opens the
/// file so the tax officer's list shows the case; a credit repair application naming the tax credit is the
/// administrator's request for its repair (as if made on the tax page; nothing when already requested or repaired). Idempotent; a second handler of the same case at once is retried.
/// </summary>
public static class CaseEventsHandler
{
    public static Task Handle(CaseAccepted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, null, cancellationToken);

    public static Task Handle(LiquidationTerminated message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        FollowAsync(scopes, message.CaseId, message.TerminatedOn, cancellationToken);

    public static Task Handle(CreditRepairApplied message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        message.Targets.Contains("TaxCredit")
            ? FollowAsync(scopes, message.CaseId, null, cancellationToken, file => file.RequestCreditRepair(message.FiledOn))
            : Task.CompletedTask;

    internal static async Task FollowAsync(
        IServiceScopeFactory scopes, Guid caseId, DateOnly? terminatedOn, CancellationToken cancellationToken, Action<TaxCase>? change = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TaxDbContext>();
                if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken) is not { } summary)
                {
                    return; // not a case of this county
                }

                var file = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
                if (file is null)
                {
                    file = db.Cases.Add(new TaxCase(caseId)).Entity;
                }

                file.Apply(summary);
                if (terminatedOn is { } on)
                {
                    file.Terminated(on);
                }

                change?.Invoke(file);

                await db.SaveChangesAsync(cancellationToken);
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
