using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment;

/// <summary>
/// Supervision and assessment (督查考核, policy 三(四)): figures per unit over a period, commendation and accountability
/// records, the circulated report (通报) as .docx and .xlsx; and, on the host side, the city supervisor's counters.
/// </summary>
internal static class AssessmentFeature
{
    public static void AddAssessment(this IServiceCollection services)
    {
        services.AddScoped<AssessmentFigures>();
        services.AddScoped<Record.RecordAssessment>();
        services.AddScoped<City.CityCounters>();
    }

    public static void MapAssessment(this IEndpointRouteBuilder api)
    {
        var assessment = api.MapGroup("/coordination/assessment").WithTags("Coordination assessment");
        Report.AssessmentEndpoints.MapReads(assessment);
        Record.RecordAssessmentEndpoint.Map(assessment);
        City.CityCountersEndpoint.Map(api);
    }
}
