using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

/// <summary>
/// Another module's request for an item (<see cref="ItemRequested"/>), in its county's scope under the case's lock: made
/// once per source key (the unique index backs this up under a race). A case the county does not have is ignored.
/// </summary>
public static class RequestedItemHandler
{
    public static async Task Handle(ItemRequested message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockCaseAsync(message.CaseId, cancellationToken);
        if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(message.CaseId, cancellationToken) is not { } summary)
        {
            return;
        }

        if (await scope.ServiceProvider.GetRequiredService<ItemFactory>().FromRequestAsync(message, summary.CaseNumber, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
