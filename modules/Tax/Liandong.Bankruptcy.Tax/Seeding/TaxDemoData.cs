using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Seeding;
using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax.Seeding;

/// <summary>
/// The demo cases of 涧西区 followed as their acceptance events would be (the seed verb runs no message bus): each
/// accepted case gets its tax file, so the demo tax officer (410305-tax) finds them on <c>/tax</c>. Idempotent.
/// </summary>
internal static class TaxDemoData
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
                await CaseEventsHandler.FollowAsync(scopes, caseId, null, cancellationToken);
            }
        }, cancellationToken);
}
