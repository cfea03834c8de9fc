using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Inquiries;

internal static class InquiryEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/inquiries", (Guid id, SendInquiriesRequest request, SendInquiries handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Inquire)
            .RequiresIfMatch()
            .Describe("SendAssetInquiries",
                "Send the one-window asset inquiry: one standard query per registry (real estate, vehicles, equity, deposits, provident fund), each its unit's item",
                "发起查人找物：向不动产登记、车辆管理、市场监管、银行、住房公积金等部门一键查询");
        cases.MapPost("/{id:guid}/inquiries/{number:int}/answer", (Guid id, int number, AnswerInquiryRequest request, AnswerInquiry handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Answer)
            .RequiresIfMatch()
            .Describe("AnswerAssetInquiry", "Answer an inquiry addressed to the user's unit with structured result lines (its item answered)",
                "反馈查询结果（逐项填写，本单位的查询事项随之办结）");
    }
}
