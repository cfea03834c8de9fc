using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Get;

internal static class AssetFileEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapGet("", async (PageRequest page, AssetFileReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(page, ct)))
            .RequirePermission(AssetsPermissions.View)
            .Describe("ListAssetFiles", "The county's estates (the firm's, for an administrator) by case number, a keyset page", "破产财产案件列表");
        cases.MapGet("/{id:guid}", async (Guid id, AssetFileReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.View)
            .Describe("GetAssetFile",
                "A case's estate: takeover, the asset register with charges and seizures, inquiries and their answers, the realization plan and sales, the administrator's account live",
                "案件的破产财产：接管、财产登记（担保物权、查封）、查人找物、变价方案与拍卖变卖、管理人账户收支（实时）");
    }
}
