using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.BookTax;

internal static class BookPostAcceptanceTaxEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/post-acceptance-taxes", (Guid id, BookTaxRequest request, BookPostAcceptanceTax handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Administer)
            .RequiresIfMatch()
            .Describe("BookPostAcceptanceTax", "Book a tax arising after acceptance (asset sale: bankruptcy expense; continued operation: common-benefit debt)",
                "登记受理后产生的税费（变价：破产费用；继续营业：共益债务）");
}
