using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Register;

internal static class RegisterEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/assets", (Guid id, AssetRequest request, AddAsset handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("AddAsset", "Enter an asset in the register (kind, description, location, appraisal, charges in rank order), from an inquiry result when named",
                "登记破产财产（种类、名称、坐落、评估价值、担保物权顺位），可依查询结果登记");
        cases.MapPut("/{id:guid}/assets/{number:int}", (Guid id, int number, AssetRequest request, UpdateAsset handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("UpdateAsset", "Describe an asset the estate holds anew (appraisal, charges)", "修改破产财产登记信息（评估、担保物权）");
        cases.MapPost("/{id:guid}/assets/{number:int}/seizures", (Guid id, int number, SeizureRequest request, AddSeizure handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("AddSeizure", "Record a seizure, freeze or attachment on an asset (seizing body, document number, date)", "登记财产被查封、扣押、冻结情况");
        cases.MapPost("/{id:guid}/assets/{number:int}/retrieval", (Guid id, int number, RetrievalClaimRequest request, ClaimRetrieval handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("ClaimRetrieval", "Record a third party's claim to take back an asset as its own (right of retrieval, art. 38)", "登记取回权主张（第三十八条）");
        cases.MapPost("/{id:guid}/assets/{number:int}/retrieval/decision", (Guid id, int number, RetrievalDecisionRequest request, DecideRetrieval handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("DecideRetrieval", "Decide a retrieval claim: accepted returns the asset to its owner", "对取回权主张作出决定（认可的，财产返还权利人）");
    }
}
