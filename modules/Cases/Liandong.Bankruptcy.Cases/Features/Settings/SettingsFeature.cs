using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Settings;

/// <summary>The county's case settings.</summary>
internal static class SettingsFeature
{
    public static void AddCaseSettings(this IServiceCollection services) => services.AddScoped<Update.UpdateCaseSettings>();

    /// <summary>Under <c>/cases</c>.</summary>
    public static void MapCaseSettings(this IEndpointRouteBuilder cases)
    {
        Get.GetCaseSettingsEndpoint.Map(cases);
        Update.UpdateCaseSettingsEndpoint.Map(cases);
    }
}
