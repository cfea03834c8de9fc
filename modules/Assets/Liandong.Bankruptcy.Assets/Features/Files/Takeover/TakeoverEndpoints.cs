using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Takeover;

internal static class TakeoverEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/takeover", (Guid id, AddTakeoverItemsRequest request, AddTakeoverItems handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("AddTakeoverItems", "Add lines to the takeover checklist: seals, books, premises, licences, vehicles, systems (arts. 15, 25)",
                "增加财产接管清单事项（印章、账簿、场所、证照、车辆、信息系统）");
        cases.MapPost("/{id:guid}/takeover/{number:int}", (Guid id, int number, RecordTakeoverRequest request, RecordTakeover handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RecordTakeover", "Record a checklist line handed over (who handed over, who received, when) or obstructed (public security asked to help, as its item)",
                "登记接管情况（移交人、接收人、日期）；接管受阻的，请公安机关协助");
    }
}
