using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister;

/// <summary>The case register's use cases: register a case, read it, list and export the county's cases; name its judges.</summary>
internal static class CaseRegisterFeature
{
    public static void AddCaseRegister(this IServiceCollection services)
    {
        services.AddScoped<CaseReader>();
        services.AddScoped<List.CaseList>();
        services.AddScoped<Register.RegisterCase>();
        services.AddScoped<Judges.CourtJudges>();
        services.AddScoped<Judges.AssignJudges>();
    }

    /// <summary>Under <c>/cases</c>.</summary>
    public static void MapCaseRegister(this IEndpointRouteBuilder cases)
    {
        List.ListCasesEndpoint.Map(cases);
        Export.ExportCasesEndpoint.Map(cases);
        Get.GetCaseEndpoint.Map(cases);
        Register.RegisterCaseEndpoint.Map(cases);
        Judges.JudgesEndpoints.Map(cases);
    }
}
