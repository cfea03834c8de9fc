using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Meetings;

/// <summary>Creditors' meetings: convening, resolutions, ballots in person or remote, the tally over the claims register, the second vote, minutes, the court's ruling.</summary>
internal static class MeetingsFeature
{
    public static void AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingReader>();
        services.AddScoped<Convene.ConveneMeeting>();
        services.AddScoped<Propose.ProposeResolution>();
        services.AddScoped<Cast.CastBallot>();
        services.AddScoped<Tally.TallyResolution>();
        services.AddScoped<Revote.RevoteResolution>();
        services.AddScoped<Minutes.RecordMinutes>();
        services.AddScoped<Rule.RuleOnResolution>();
    }

    /// <summary>Under <c>/cases</c>.</summary>
    public static void MapMeetings(this IEndpointRouteBuilder cases)
    {
        List.CaseMeetingsEndpoint.Map(cases);
        Convene.ConveneMeetingEndpoint.Map(cases);
        Propose.ProposeResolutionEndpoint.Map(cases);
        Cast.CastBallotEndpoint.Map(cases);
        Tally.TallyResolutionEndpoint.Map(cases);
        Revote.RevoteResolutionEndpoint.Map(cases);
        Minutes.RecordMinutesEndpoint.Map(cases);
        Rule.RuleOnResolutionEndpoint.Map(cases);
    }
}
