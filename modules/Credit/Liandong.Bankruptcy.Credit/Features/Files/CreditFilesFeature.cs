using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>A case's credit file: read; the administrator's application; each target unit's decision and reversal.</summary>
internal static class CreditFilesFeature
{
    public static void AddCreditFiles(this IServiceCollection services)
    {
        services.AddScoped<CreditFileReader>();
        services.AddScoped<Apply.FileRepairApplication>();
        services.AddScoped<Decide.DecideCreditMeasure>();
        services.AddScoped<Reversal.ReverseCreditMeasure>();
    }

    /// <summary>Under <c>/credit/cases</c>.</summary>
    public static void MapCreditFiles(this IEndpointRouteBuilder cases)
    {
        Get.CreditFileEndpoints.Map(cases);
        Apply.FileRepairApplicationEndpoint.Map(cases);
        MeasureEndpoints.Map(cases);
    }
}
