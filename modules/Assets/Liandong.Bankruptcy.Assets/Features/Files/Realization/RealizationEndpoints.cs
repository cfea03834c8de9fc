using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Realization;

internal static class RealizationEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPut("/{id:guid}/realization-plan", (Guid id, AdoptRealizationPlanRequest request, AdoptRealizationPlan handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("AdoptRealizationPlan",
                "Record the realization plan adopted by the creditors' meeting or ruled by the court (arts. 61, 65, 111–112): starting price, cuts, rounds, deposit, fixed-price sale",
                "登记财产变价方案（债权人会议通过或法院裁定）：起拍价、降价幅度、拍卖轮次、保证金、变卖");
        cases.MapPost("/{id:guid}/sales", (Guid id, PutUpForSaleRequest request, PutUpForSale handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("PutUpForSale", "Put an asset up for auction or fixed-price sale under the plan; departures from the SPC auction defaults are shown as warnings",
                "按变价方案拍卖或变卖财产（偏离司法拍卖规定的默认规则时予以提示）");
        cases.MapPost("/{id:guid}/sales/{number:int}/result", (Guid id, int number, EndSaleRequest request, EndSale handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RecordSaleResult", "Record how a sale ended: sold (price booked as a receipt of the administrator's account) or failed",
                "登记拍卖、变卖结果（成交价款计入管理人账户；流拍的可再次拍卖或变卖）");
    }
}
