using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Publications;

/// <summary>Publication duties of the court and the administrator, each marked published once.</summary>
internal static class PublicationsFeature
{
    public static void AddPublications(this IServiceCollection services)
    {
        services.AddScoped<PublicationReader>();
        services.AddScoped<Published.MarkPublished>();
    }

    public static void MapPublications(this IEndpointRouteBuilder group)
    {
        List.PublicationDutiesEndpoint.Map(group);
        Published.MarkPublishedEndpoint.Map(group);
    }
}
