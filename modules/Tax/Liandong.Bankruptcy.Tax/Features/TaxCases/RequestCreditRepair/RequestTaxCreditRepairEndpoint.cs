using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.RequestCreditRepair;

internal static class RequestTaxCreditRepairEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/credit-repair", (Guid id, TaxDateRequest request, RequestTaxCreditRepair handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Administer)
            .RequiresIfMatch()
            .Describe("RequestTaxCreditRepair", "Request tax credit repair after an approved plan or composition", "申请纳税信用修复（重整计划或和解协议经裁定批准后）");
}
