using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Committee;

/// <summary>The creditors' committee: members (arts. 67–69) and its decisions.</summary>
internal static class CommitteeFeature
{
    public static void AddCommittee(this IServiceCollection services)
    {
        services.AddScoped<CommitteeReader>();
        services.AddScoped<Members.SetCommitteeMembers>();
        services.AddScoped<Decide.RecordCommitteeDecision>();
    }

    public static void MapCommittee(this IEndpointRouteBuilder group)
    {
        Get.GetCommitteeEndpoint.Map(group);
        Members.SetCommitteeMembersEndpoint.Map(group);
        Decide.RecordCommitteeDecisionEndpoint.Map(group);
    }
}
