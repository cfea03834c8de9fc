using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Deregistration.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance;

/// <summary>
/// A terminated liquidation's deregistration is complete (every closing step done): the case is closed, in its county's
/// scope, and <see cref="CaseClosed"/> goes out with the change. Idempotent; a concurrent change to the case is retried.
/// </summary>
public static class DeregistrationCompletedHandler
{
    public static async Task Handle(DeregistrationCompleted message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<CasesDbContext>>();
                var found = await outbox.DbContext.Cases.SingleOrDefaultAsync(c => c.Id == message.CaseId, cancellationToken);
                if (found is null || !found.Deregistered(message.CompletedOn))
                {
                    return; // not a case of this county, or closed already
                }

                await outbox.PublishAsync(new CaseClosed(found.Id, "Deregistered", message.CompletedOn));
                await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // A judge's step on the case saved first: read it again.
            }
        }
    }
}
