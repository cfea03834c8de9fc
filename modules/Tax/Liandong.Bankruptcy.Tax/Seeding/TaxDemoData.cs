using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Tax.Features.TaxCases;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax.Seeding;

/// <summary>
/// The demo cases of 涧西区 followed as their acceptance events would be (the seed verb runs no message bus): each
/// accepted case gets its tax file, so the demo tax officer (410305-tax) finds them on <c>/tax</c>. Idempotent.
/// </summary>
internal static class TaxDemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Guid? county;
        await using (var lookup = services.CreateAsyncScope())
        {
            county = await lookup.ServiceProvider.GetRequiredService<ICountyRegistry>().FindAsync("410305", cancellationToken);
        }

        if (county is null)
        {
            return;
        }

        using var _ = services.GetRequiredService<ICurrentTenant>().Change(county);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        IReadOnlyList<Guid> recent;
        await using (var scope = scopes.CreateAsyncScope())
        {
            recent = await scope.ServiceProvider.GetRequiredService<ICaseQueries>().RecentAsync(20, cancellationToken);
        }

        foreach (var caseId in recent)
        {
            await CaseEventsHandler.FollowAsync(scopes, caseId, null, cancellationToken);
        }
    }
}
