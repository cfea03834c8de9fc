using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.LiftAbnormal;

internal static class LiftAbnormalStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/abnormal-taxpayer/lifted", (Guid id, LiftAbnormalRequest request, LiftAbnormalStatus handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Declare)
            .RequiresIfMatch()
            .Describe("LiftAbnormalTaxpayerStatus", "Lift the debtor's abnormal-taxpayer status", "解除非正常户状态");
}
