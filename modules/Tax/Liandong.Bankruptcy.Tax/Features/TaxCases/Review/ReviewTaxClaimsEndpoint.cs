using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Review;

internal static class ReviewTaxClaimsEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/reviews", (Guid id, ReviewTaxClaimsRequest request, ReviewTaxClaims handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Administer)
            .RequiresIfMatch()
            .Describe("ReviewTaxClaims", "Review the tax bureau's claim lines (the administrator)", "审查税务机关申报的债权（管理人）");
}
