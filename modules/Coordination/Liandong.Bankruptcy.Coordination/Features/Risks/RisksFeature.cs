using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Risks;

/// <summary>The major-risk register: record, update, resolve; read.</summary>
internal static class RisksFeature
{
    public static void AddRisks(this IServiceCollection services)
    {
        services.AddScoped<RiskReader>();
        services.AddScoped<Record.RecordRisk>();
        services.AddScoped<Update.UpdateRisk>();
        services.AddScoped<Resolve.ResolveRisk>();
    }

    /// <summary>Under <c>/coordination/risks</c>.</summary>
    public static void MapRisks(this IEndpointRouteBuilder risks)
    {
        Get.RiskEndpoints.MapReads(risks);
        Record.RecordRiskEndpoint.Map(risks);
        Update.UpdateRiskEndpoint.Map(risks);
        Resolve.ResolveRiskEndpoint.Map(risks);
    }
}
