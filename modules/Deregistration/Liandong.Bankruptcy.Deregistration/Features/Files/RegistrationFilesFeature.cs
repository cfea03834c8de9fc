using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Deregistration.Features.Files;

/// <summary>A case's registration file: read; the administrator's steps (deregistration application, customs, change applications); market regulation's (publications, changes registered, the simplified-route check).</summary>
internal static class RegistrationFilesFeature
{
    public static void AddRegistrationFiles(this IServiceCollection services)
    {
        services.AddScoped<RegistrationFileReader>();
        services.AddScoped<Apply.ApplyForDeregistration>();
        services.AddScoped<Customs.FlagCustoms>();
        services.AddScoped<Customs.RecordCustomsDone>();
        services.AddScoped<Changes.ApplyForChange>();
        services.AddScoped<Changes.RegisterChange>();
        services.AddScoped<Publications.RecordPublication>();
    }

    /// <summary>Under <c>/deregistration/cases</c>.</summary>
    public static void MapRegistrationFiles(this IEndpointRouteBuilder cases)
    {
        Get.RegistrationFileEndpoints.Map(cases);
        Apply.ApplyForDeregistrationEndpoint.Map(cases);
        Customs.CustomsEndpoints.Map(cases);
        Changes.RegistrationChangeEndpoints.Map(cases);
        Publications.RecordPublicationEndpoint.Map(cases);
    }
}
