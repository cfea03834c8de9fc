using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.MarkAbnormal;

internal static class MarkAbnormalTaxpayerEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/abnormal-taxpayer", (Guid id, MarkAbnormalRequest request, MarkAbnormalTaxpayer handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Declare)
            .RequiresIfMatch()
            .Describe("MarkAbnormalTaxpayer", "Record the debtor as an abnormal taxpayer", "登记债务人为非正常户");
}
