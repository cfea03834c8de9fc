using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Assets.Features.Files.Distribution;

internal static class DistributionEndpoints
{
    private const string Plan = "/{id:guid}/distribution-plans/{number:int}";

    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/expenses", (Guid id, AddExpenseRequest request, AddExpense handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("AddExpense", "Record a bankruptcy expense (art. 41) or common-benefit debt (art. 42) the estate owes", "登记破产费用或共益债务");
        cases.MapPut("/{id:guid}/fee-scheme", (Guid id, FeeSchemeRequest request, SetFeeScheme handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Rule)
            .RequiresIfMatch()
            .Describe("SetAdministratorFeeScheme",
                "Set the administrator's fee scheme (the SPC scale, or a fixed amount; the secured creditor's separate fee, art. 13), or adjust it after the first meeting with a reason",
                "确定或调整管理人报酬方案");
        cases.MapPost("/{id:guid}/fee-scheme/steps", (Guid id, FeeStepRequest request, RecordFeeStep handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RecordFeeSchemeStep", "Record that the administrator was told of the fee scheme (due in 3 days), or reported it to the first creditors' meeting",
                "登记管理人报酬方案的通知、向第一次债权人会议报告");
        cases.MapPost("/{id:guid}/distribution-plans", (Guid id, DraftPlanRequest request, DraftDistributionPlan handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("DraftDistributionPlan",
                "Compute a new version of the distribution plan from the account's money and the claims register (arts. 109–113, 132; fees; reserves, art. 119); an open draft is superseded",
                "根据管理人账户资金和债权表生成破产财产分配方案（新版本）");
        cases.MapGet(Plan, async (Guid id, int number, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
            {
                var file = await reader.FindAsync(id, ct);
                var plan = file.DistributionPlans.SingleOrDefault(p => p.Number == number) ?? throw new BusinessException("assets.no_such_plan", 404);
                return http.Represent(PlanDto.From(file, plan));
            })
            .RequirePermission(AssetsPermissions.View)
            .Describe("GetDistributionPlan", "A version of the distribution plan with its arithmetic (fees, every step, every line and creditor) and its payout register; personal data masked",
                "破产财产分配方案（含计算过程与分配款支付登记，个人信息脱敏）");
        cases.MapGet(Plan + "/plan.xlsx", async (Guid id, int number, AssetFileReader reader, CancellationToken ct) =>
            {
                var file = await reader.FindAsync(id, ct);
                var plan = file.DistributionPlans.SingleOrDefault(p => p.Number == number) ?? throw new BusinessException("assets.no_such_plan", 404);
                return await Spreadsheets.XlsxAsync(PlanSheet.Export(PlanDto.From(file, plan)), $"破产财产分配方案-{file.CaseNumber}-第{number}版.xlsx", ct);
            })
            .RequirePermission(AssetsPermissions.View)
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.ContentType)
            .Describe("ExportDistributionPlan", "The version as a spreadsheet to publish: each line's class, claim, distribution and reserve, personal data masked",
                "导出破产财产分配方案（个人信息脱敏，可供公示）");
        cases.MapPost(Plan + "/vote", (Guid id, int number, DistributionVoteRequest request, RecordDistributionVote handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("RecordDistributionPlanVote",
                "Record the creditors' meeting's vote on the version (a tallied Cases resolution on the distribution plan); ruled by the court after a second failed vote (art. 65(2)), it is in force",
                "登记债权人会议对分配方案的表决结果");
        cases.MapPost(Plan + "/confirmation", (Guid id, int number, ConfirmPlanRequest request, ConfirmDistributionPlan handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Rule)
            .RequiresIfMatch()
            .Describe("ConfirmDistributionPlan", "The court's ruling confirming the adopted version (art. 115): it comes into force and its payout register opens",
                "裁定认可破产财产分配方案");
        cases.MapPost(Plan + "/payouts/{position:int}/payment", (Guid id, int number, int position, PayOutRequest request, PayOut handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, position, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("PayDistribution", "Pay a payout of a version in force from the administrator's account (booked as a payment)", "支付分配款（计入管理人账户支出）");
        cases.MapPost(Plan + "/payouts/{position:int}/return", (Guid id, int number, int position, DatedRequest request, DatedPlanStep handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.ReturnAsync(id, number, position, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("ReturnDistribution", "A paid share came back: booked as a receipt and held for the creditor until the unclaimed period ends", "分配款退回（计入收入，提存待领）");
        cases.MapPost(Plan + "/final-notice", (Guid id, int number, DatedRequest request, DatedPlanStep handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.NoticeAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("GiveFinalDistributionNotice", "The final distribution notice: what is unclaimed two months later is forfeited (art. 118)", "发布最后分配公告（二个月后未领取的视为放弃，第一百一十八条）");
        cases.MapPost(Plan + "/forfeiture", (Guid id, int number, DatedRequest request, DatedPlanStep handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.ForfeitAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("ForfeitUnclaimedDistributions", "Shares still unclaimed two months after the final notice are forfeited, for the other creditors (art. 118)",
                "未领取的分配额视为放弃受领（第一百一十八条）");
        cases.MapPost(Plan + "/payouts/{position:int}/settlement", (Guid id, int number, int position, SettleReserveRequest request, SettleReserve handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, number, position, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("SettleDistributionReserve", "A disputed claim settled: its reserve released to the claimant as far as upheld, the rest for the other creditors (art. 119)",
                "诉讼或仲裁未决债权的提存分配额：释放给债权人或留待分配给其他债权人（第一百一十九条）");
        cases.MapPost("/{id:guid}/fund-applications", (Guid id, FundApplicationRequest request, ApplyToFund handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Manage)
            .RequiresIfMatch()
            .Describe("ApplyToFeeGuaranteeFund", "Apply to the fee-guarantee fund for a case without enough property (the finance unit's item)", "申请破产费用保障资金");
        cases.MapPost("/{id:guid}/fund-applications/{number:int}/decision", (Guid id, int number, FundDecisionRequest request, DecideFund handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.DecideAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Fund)
            .RequiresIfMatch()
            .Describe("DecideFeeGuaranteeFund", "The finance unit approves (in full or in part) or refuses an application", "财政部门审批破产费用保障资金申请");
        cases.MapPost("/{id:guid}/fund-applications/{number:int}/payment", (Guid id, int number, DatedRequest request, DecideFund handler, AssetFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.PayAsync(id, number, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(AssetsPermissions.Fund)
            .RequiresIfMatch()
            .Describe("PayFeeGuaranteeFund", "The finance unit pays an approved application into the administrator's account (a receipt)", "财政部门拨付破产费用保障资金");
    }
}
