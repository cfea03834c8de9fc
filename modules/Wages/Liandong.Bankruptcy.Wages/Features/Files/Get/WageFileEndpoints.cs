using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Wages.Features.Files.Get;

internal static class WageFileEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapGet("", async (PageRequest page, WageFileReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(page, ct)))
            .RequirePermission(WagesPermissions.View)
            .Describe("ListWageFiles", "The county's employee claims lists by case number, a keyset page", "职工债权清单案件列表");
        cases.MapGet("/{id:guid}", async (Guid id, WageFileReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.View)
            .Describe("GetWageFile", "A case's employee claims list (ID numbers masked), its classes and totals, and the personal-account insurance the tax bureau declared",
                "案件的职工债权清单（身份证号脱敏）、清偿顺序及合计，以及税务部门申报的个人账户社会保险费");
    }
}
