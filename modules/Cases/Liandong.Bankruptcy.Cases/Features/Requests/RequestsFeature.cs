using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Requests;

/// <summary>Court–administrator requests (请示) and the court's replies (批复).</summary>
internal static class RequestsFeature
{
    public static void AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestReader>();
        services.AddScoped<Submit.SubmitCourtRequest>();
        services.AddScoped<Reply.ReplyToCourtRequest>();
    }

    public static void MapRequests(this IEndpointRouteBuilder group)
    {
        List.CourtRequestsEndpoint.Map(group);
        Submit.SubmitCourtRequestEndpoint.Map(group);
        Reply.ReplyToCourtRequestEndpoint.Map(group);
    }
}
