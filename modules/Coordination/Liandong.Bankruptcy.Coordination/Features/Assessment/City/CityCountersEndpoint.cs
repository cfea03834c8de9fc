using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.City;

internal static class CityCountersEndpoint
{
    /// <summary>On the host side: <c>/host/coordination/counters</c>.</summary>
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/host/coordination/counters", async (DateOnly? from, DateOnly? to, CityCounters counters, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await counters.ReadAsync(AssessmentFigures.Period(from, to, clock.Today()), ct)))
            .WithTags("Coordination assessment")
            .RequirePermission(CoordinationPermissions.CityCounters)
            .Describe("GetCityCounters", "Every county's counts per unit (counts only)", "全市联动统计（仅计数）");
}
