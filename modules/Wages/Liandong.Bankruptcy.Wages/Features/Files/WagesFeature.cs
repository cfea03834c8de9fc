using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Wages.Features.Files;

/// <summary>A case's employee claims list: read; the administrator's steps (list, average wage, publish); an ID number in full.</summary>
internal static class WagesFeature
{
    public static void AddWageFiles(this IServiceCollection services)
    {
        services.AddScoped<WageFileReader>();
        services.AddScoped<Employees.AddEmployees>();
        services.AddScoped<Average.SetAverageWage>();
        services.AddScoped<Publish.PublishEmployeeList>();
        services.AddScoped<Advance.AdvanceWages>();
        services.AddScoped<Objections.EmployeeObjections>();
        services.AddScoped<Rules.GuaranteeRules>();
        services.AddScoped<Verification.VerifyEmployees>();
        services.AddScoped<Representatives.ChooseRepresentatives>();
        services.AddScoped<Payroll.ContinuedOperationPayrolls>();
        services.AddScoped<Stability.StabilityThresholds>();
    }

    /// <summary>Under <c>/wages/cases</c>.</summary>
    public static void MapWageFiles(this IEndpointRouteBuilder cases)
    {
        Get.WageFileEndpoints.Map(cases);
        Employees.EmployeeEndpoints.Map(cases);
        Average.SetAverageWage.Map(cases);
        Publish.PublishEmployeeList.Map(cases);
        Advance.AdvanceWages.Map(cases);
        Objections.EmployeeObjections.Map(cases);
        Verification.VerifyEmployees.Map(cases);
        Representatives.ChooseRepresentatives.Map(cases);
        Payroll.ContinuedOperationPayrolls.Map(cases);
    }
}
