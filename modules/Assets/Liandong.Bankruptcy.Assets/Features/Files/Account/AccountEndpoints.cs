using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Account;

internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/account/request", (Guid id, RequestAccountRequest request, RequestAccount handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RequestAdministratorAccount", "Ask the bank to open the administrator's account (its item)", "请银行开立管理人账户");
        cases.MapPut("/{id:guid}/account", (Guid id, OpenAccountRequest request, OpenAccount handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("OpenAdministratorAccount", "Record the administrator's account as opened (bank, number, day); one per case", "登记管理人账户开立情况（每案一个）");
        cases.MapPost("/{id:guid}/account/entries", (Guid id, AddEntryRequest request, AddEntry handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("AddAccountEntry",
                "Book a receipt or a payment of the administrator's account; a payment needing the court's approval (a Cases request) waits until approved",
                "登记管理人账户收支（需法院许可的支出，许可前不得支付）");
        cases.MapPost("/{id:guid}/account/entries/{number:int}/booking", (Guid id, int number, BookEntryRequest request, BookEntry handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("BookApprovedPayment", "Pay a payment that waited for the court, once its request is approved", "法院许可后支付待批支出");
        cases.MapPost("/{id:guid}/account/statement.xlsx", async (Guid id, HttpRequest request, ImportStatement handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
            {
                await reader.GetAsync(id, ct); // 404 before reading the body
                var lines = await StatementSheet.ReadAsync(request, ct);
                return await http.UpdateAsync(version => handler.HandleAsync(id, version, lines, ct), () => reader.GetAsync(id, ct));
            })
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .DisableAntiforgery()
            .AcceptsUpload()
            .Describe("ImportBankStatement",
                "Import the bank's statement (form field `file`, .xlsx with headers 交易日期, 收入金额, 支出金额, 对方户名, 摘要; at most 20,000 rows) and reconcile it with the entries",
                "导入银行对账单并与账户收支逐笔核对（已导入的行不重复导入）");
    }
}
