using Liandong.Bankruptcy.Cases;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Templates;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Seeding;

/// <summary>
/// The demo cases of 涧西区 followed up as their acceptance events would be (the seed verb runs no message bus): each
/// accepted case gets the county's acceptance items, so the demo inboxes of 410305-tax, 410305-market … and the office's
/// overview (410305-coordinator) have work in them. Idempotent like the follow-up itself.
/// </summary>
internal static class CoordinationDemoData
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
            DateOnly? accepted;
            await using (var scope = scopes.CreateAsyncScope())
            {
                accepted = (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken))?.Dates.AcceptedOn;
            }

            await CaseFollowUpHandler.InScopeAsync(scopes, caseId, accepted is null ? null : TemplateTrigger.CaseAccepted, accepted ?? default, cancellationToken);
        }
    }
}
