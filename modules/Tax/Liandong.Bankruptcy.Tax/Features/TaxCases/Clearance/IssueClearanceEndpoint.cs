using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Clearance;

internal static class IssueClearanceEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/clearance", (Guid id, IssueClearanceRequest request, IssueClearance handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Declare)
            .RequiresIfMatch()
            .Describe("IssueTaxClearance", "Issue the tax clearance document after a terminated liquidation and write off what is unpaid", "出具清税文书并核销死欠");
}
