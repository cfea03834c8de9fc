using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.FileReturns;

internal static class ReportReturnsFiledEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/abnormal-taxpayer/returns-filed", (Guid id, TaxDateRequest request, ReportReturnsFiled handler, TaxCaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.Administer)
            .RequiresIfMatch()
            .Describe("ReportTaxReturnsFiled", "Report the debtor's missing tax returns filed (the administrator)", "报告已补办纳税申报（管理人）");
}
