using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Deregistration.Features.Files;
using Liandong.Bankruptcy.Platform.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Deregistration.Seeding;

/// <summary>
/// The demo cases of 涧西区 followed as their acceptance would be (the seed verb runs no message bus): each accepted case
/// gets its registration file with the acceptance's publication due, so the demo market officer (410305-market) finds
/// them on <c>/deregistration</c>. Idempotent.
/// </summary>
internal static class DeregistrationDemoData
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
                await CaseEventsHandler.FollowAsync(scopes, caseId, (file, calendar) =>
                {
                    if (file.AcceptedOn is { } accepted)
                    {
                        var (action, state) = file.State switch
                        {
                            "ReorganizationRuled" or "PlanSubmitted" or "PlanExecution" => ("AcceptReorganization", "ReorganizationRuled"),
                            "CompositionRuled" or "CompositionExecution" => ("AcceptComposition", "CompositionRuled"),
                            _ => ("AcceptLiquidation", "Accepted"),
                        };
                        file.StepTaken(action, state, accepted, calendar);
                    }
                }, cancellationToken);
            }
        }, cancellationToken);
}
