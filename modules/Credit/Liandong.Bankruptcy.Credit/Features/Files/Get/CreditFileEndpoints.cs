using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Credit.Features.Files.Get;

internal static class CreditFileEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapGet("", async (PageRequest page, bool? open, CreditFileReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(page, open == true, ct)))
            .RequirePermission(CreditPermissions.View)
            .Describe("ListCreditFiles", "The county's credit files by case number, a keyset page (?open=true: those with a unit's work open)", "信用修复案件列表（可只看有待办理事项的案件）");
        cases.MapGet("/{id:guid}", async (Guid id, CreditFileReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(CreditPermissions.View)
            .Describe("GetCreditFile", "A case's credit file: the repair applications, each target unit's measure and its history",
                "案件的信用修复：修复申请、各修复单位的办理状态及全部记录");
    }
}
