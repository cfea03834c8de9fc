using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Advance;

/// <summary>The court's steps on a case: rulings that advance it, the claim period, the administrator; the timeline; deadlines met and the open ones; the application for forced approval of a plan.</summary>
internal static class AdvanceFeature
{
    public static void AddAdvance(this IServiceCollection services)
    {
        services.AddScoped<Advance.AdvanceCase>();
        services.AddScoped<Timeline.CaseTimeline>();
        services.AddScoped<ClaimPeriod.SetClaimPeriod>();
        services.AddScoped<Administrator.AppointAdministrator>();
        services.AddScoped<Deadlines.Open.OpenDeadlines>();
        services.AddScoped<Deadlines.Meet.MeetDeadline>();
        services.AddScoped<ForcedApproval.ApplyForForcedApproval>();
    }

    /// <summary>Under <c>/cases</c>.</summary>
    public static void MapAdvance(this IEndpointRouteBuilder cases)
    {
        Advance.AdvanceCaseEndpoint.Map(cases);
        Timeline.CaseTimelineEndpoint.Map(cases);
        ClaimPeriod.SetClaimPeriodEndpoint.Map(cases);
        Administrator.AppointAdministratorEndpoint.Map(cases);
        Deadlines.Open.OpenDeadlinesEndpoint.Map(cases);
        Deadlines.Meet.MeetDeadlineEndpoint.Map(cases);
        ForcedApproval.ApplyForForcedApprovalEndpoint.Map(cases);
    }
}
