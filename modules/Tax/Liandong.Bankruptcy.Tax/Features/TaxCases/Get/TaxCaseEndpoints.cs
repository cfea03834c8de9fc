using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Get;

internal static class TaxCaseEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapGet("", async (PageRequest page, bool? open, TaxCaseReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(page, open == true, ct)))
            .RequirePermission(TaxPermissions.View)
            .Describe("ListTaxCases", "The county's tax files by case number, a keyset page (?open=true: those with the bureau's work open)", "税务事项案件列表（可只看有待办事项的案件）");
        cases.MapGet("/{id:guid}", async (Guid id, TaxCaseReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(TaxPermissions.View)
            .Describe("GetTaxCase", "A case's tax file: claim lines with their late-fee arithmetic and review, preservation, abnormal status, clearance, credit repair",
                "案件的税务事项：债权明细（含滞纳金计算）与审查、保全解除、非正常户、清税文书、信用修复");
    }
}
