using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Liftings;

internal static class LiftingEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/seizures/{number:int}/lifting", (Guid id, int number, RequestLiftingRequest request, RequestLifting handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RequestSeizureLifting", "Ask for a seizure to be lifted (art. 19), escalating: a letter to the seizing body, its superior, the court's ruling; each step an item",
                "申请解除保全措施（函告查封机关、协调其上级机关、法院裁定解除，逐级升级）");
        cases.MapPost("/{id:guid}/seizures/{number:int}/lifted", (Guid id, int number, LiftSeizureRequest request, LiftSeizure handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RecordSeizureLifted", "Record a seizure lifted, with any enforcement proceeds handed over (booked as a receipt)", "登记保全措施已解除及移交的执行款");
    }
}
