using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>A target unit's steps on its measure: the decision, and the reversal after a conversion.</summary>
internal static class MeasureEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/measures/{target}/decision", (Guid id, string target, Decide.DecideCreditMeasureRequest request, Decide.DecideCreditMeasure handler, CreditFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, CreditUnits.Target(target), version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CreditPermissions.Decide)
            .RequiresIfMatch()
            .Describe("DecideCreditMeasure", "The target unit decides on its credit repair measure (repaired or refused)", "修复单位作出信用修复决定（已修复或不予修复）");
        cases.MapPost("/{id:guid}/measures/{target}/reversal", (Guid id, string target, Reversal.ReverseCreditMeasureRequest request, Reversal.ReverseCreditMeasure handler, CreditFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, CreditUnits.Target(target), version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CreditPermissions.Decide)
            .RequiresIfMatch()
            .Describe("ReverseCreditMeasure", "The target unit records its repair reversed after the case converted to liquidation", "转入破产清算后，修复单位撤销信用修复措施");
    }
}
