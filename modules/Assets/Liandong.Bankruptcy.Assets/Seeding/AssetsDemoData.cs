using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Assets.Features.Files.Distribution;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Seeding;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Assets.Seeding;

/// <summary>
/// An estate on the newest accepted demo case of 涧西区 with an administrator appointed: the takeover half done, a
/// mortgaged and seized building and a vehicle in the register, the account open with a first receipt, an appraisal fee,
/// the court's preliminary fee scheme and a first draft of the distribution plan from the case's register — so the demo
/// administrator finds the next steps on <c>/assets</c>. Idempotent (a case with an estate is left alone).
/// </summary>
internal static class AssetsDemoData
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoCounty.RunAsync(services, async scopes =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var cases = scope.ServiceProvider.GetRequiredService<ICaseQueries>();
            var db = scope.ServiceProvider.GetRequiredService<AssetsDbContext>();
            foreach (var caseId in await cases.RecentAsync(20, cancellationToken))
            {
                if (await cases.FindAsync(caseId, cancellationToken) is not { Dates.AcceptedOn: { } accepted, AdministratorFirmId: not null } summary)
                {
                    continue;
                }

                if (await db.Files.AnyAsync(f => f.Id == caseId, cancellationToken))
                {
                    return;
                }

                var file = db.Files.Add(new AssetFile(caseId)).Entity;
                file.Apply(summary);
                file.AddTakeover([(TakeoverCategory.Seals, "公章、财务专用章、合同专用章"), (TakeoverCategory.Books, "2020 年以来的会计账簿及凭证"), (TakeoverCategory.Premises, "厂区及办公楼")]);
                file.RecordTakeover(1, TakeoverStatus.HandedOver, "原法定代表人", "管理人", accepted.AddDays(1), null);
                file.AddAsset(new AssetDetails(AssetKind.RealEstate, "工业厂房", "洛阳市涧西区建设路 1 号", "豫(2019)洛阳市不动产权第0012345号", 3_200_000m, accepted.AddDays(5),
                    [(EncumbranceRank.MortgageOrPledge, "中国银行洛阳分行", 1_500_000m, null)]), null, null);
                file.AddSeizure(1, "洛阳市西工区人民法院", null, "(2025)豫0303执100号", accepted.AddDays(-90));
                file.AddAsset(new AssetDetails(AssetKind.Vehicle, "重型货车", "厂区", "豫C·A1234", 180_000m, accepted.AddDays(5), []), null, null);
                file.OpenAccount("中国工商银行洛阳涧西支行", "1705020009200012345", accepted.AddDays(2));
                file.AddEntry(new EntryLine(EntryDirection.Receipt, 86_500.50m, accepted.AddDays(3), "洛阳某某商贸有限公司", "收回应收账款"), PaymentApproval.None, null, null, false, false);
                file.AddExpense(ExpenseKind.BankruptcyExpense, "厂房评估费", 12_000m, accepted.AddDays(6), null);
                var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
                file.SetFeeScheme(null, null, null, accepted.AddDays(1), calendar);
                var (_, input, sales) = file.DistributionInput(await cases.ClaimsForDistributionAsync(caseId, cancellationToken), new AssetsSettings());
                var result = DistributionEngine.Distribute(input!);
                file.DraftPlan(result, sales, PlanJson.Write(result), accepted.AddDays(7), calendar);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
        }, cancellationToken);
}
