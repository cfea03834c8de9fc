using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Credit.Features.Files;
using Liandong.Bankruptcy.Platform.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Credit.Seeding;

/// <summary>
/// The demo cases of 涧西区 followed as their events would be (the seed verb runs no message bus): a case whose plan or
/// agreement is approved takes applications, so the demo administrator finds it ready on <c>/credit</c>. Idempotent.
/// </summary>
internal static class CreditDemoData
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoCounty.RunAsync(services, async scopes =>
        {
            IReadOnlyList<Guid> recent;
            await using (var scope = scopes.CreateAsyncScope())
            {
                recent = await scope.ServiceProvider.GetRequiredService<ICaseQueries>().RecentAsync(20, cancellationToken);
            }

            foreach (var caseId in recent)
            {
                await CaseEventsHandler.FollowAsync(scopes, caseId, _ => { }, cancellationToken);
            }
        }, cancellationToken);
}
