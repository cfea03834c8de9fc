using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.DecideCreditRepair;

internal static class DecideTaxCreditRepairEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/credit-repair/decision", (Guid id, DecideCreditRepairRequest request, DecideTaxCreditRepair handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Declare)
            .RequiresIfMatch()
            .Describe("DecideTaxCreditRepair", "Decide on a requested tax credit repair", "作出纳税信用修复决定");
}
