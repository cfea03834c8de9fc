using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Seeding;

/// <summary>
/// The default item list a county starts with (domain.md, "Coordination items by unit"; policy 二): on acceptance the
/// court notifies the units, other courts stay enforcement and lift seizures, tax declares its claims and lifts its
/// preservation, market regulation publishes the status, HRSS and medical insurance verify arrears, natural resources
/// answers the property query, public security helps with the takeover, banks open the administrator's account; after
/// a terminated liquidation the closing steps (credit repair is the Credit module's: its items come from the
/// administrator's application, <see cref="ItemRequested"/>). Periods marked *verify* in
/// domain.md are the county's to confirm; every line is editable.
/// </summary>
internal static class DefaultTemplates
{
    private static readonly (string Key, TemplateTrigger Trigger, UnitKind Unit, string Title, string Basis, DueRule Due)[] Lines =
    [
        (ItemKinds.NotifyAcceptance, TemplateTrigger.CaseAccepted, UnitKind.Court, "通知各成员单位案件受理情况", "企业破产法第十四条；府院联动机制", new(3, PeriodUnit.WorkingDays)),
        (ItemKinds.StayEnforcement, TemplateTrigger.CaseAccepted, UnitKind.EnforcementDivision, "中止执行、解除保全措施并移交执行款物", "企业破产法第十九条", new(7, PeriodUnit.Days)),
        (ItemKinds.TaxClaims, TemplateTrigger.CaseAccepted, UnitKind.Tax, "申报税收及社会保险费债权", "企业破产法第四十八条；国家税务总局 最高人民法院公告2025年第24号", new(30, PeriodUnit.Days)),
        (ItemKinds.TaxLiftPreservation, TemplateTrigger.CaseAccepted, UnitKind.Tax, "解除税收保全措施", "企业破产法第十九条", new(3, PeriodUnit.WorkingDays)),
        (ItemKinds.PublishBankruptcy, TemplateTrigger.CaseAccepted, UnitKind.MarketRegulation, "在国家企业信用信息公示系统公示破产信息", "府院联动机制", new(10, PeriodUnit.Days)),
        (ItemKinds.WageVerification, TemplateTrigger.CaseAccepted, UnitKind.HumanResourcesSocialSecurity, "核实职工欠薪及社会保险欠费", "企业破产法第四十八条", new(30, PeriodUnit.Days)),
        (ItemKinds.MedicalArrears, TemplateTrigger.CaseAccepted, UnitKind.MedicalInsurance, "核实医疗保险欠费", "企业破产法第一百一十三条", new(30, PeriodUnit.Days)),
        (ItemKinds.PropertyQuery, TemplateTrigger.CaseAccepted, UnitKind.NaturalResources, "查询债务人不动产登记信息", "府院联动机制", new(7, PeriodUnit.WorkingDays)),
        (ItemKinds.TakeoverHelp, TemplateTrigger.CaseAccepted, UnitKind.PublicSecurity, "协助管理人接管财产、印章和账簿", "企业破产法第十五条、第二十五条", new(5, PeriodUnit.WorkingDays)),
        (ItemKinds.BankAccounts, TemplateTrigger.CaseAccepted, UnitKind.Banking, "开立管理人账户，查询、解冻债务人账户", "府院联动机制", new(1, PeriodUnit.WorkingDays)),
        (ItemKinds.TaxClearance, TemplateTrigger.LiquidationTerminated, UnitKind.Tax, "出具清税文书并核销死欠", "税总发〔2019〕64号；发改财金规〔2021〕274号", new(10, PeriodUnit.WorkingDays)),
        (ItemKinds.Deregistration, TemplateTrigger.LiquidationTerminated, UnitKind.MarketRegulation, "依管理人申请办理注销登记", "企业破产法第一百二十一条；市场主体登记管理条例第三十四条", new(10, PeriodUnit.WorkingDays)),
        (ItemKinds.SealCancellation, TemplateTrigger.LiquidationTerminated, UnitKind.PublicSecurity, "办理印章注销", "府院联动机制", new(10, PeriodUnit.WorkingDays)),
        (ItemKinds.AccountClosure, TemplateTrigger.LiquidationTerminated, UnitKind.Banking, "办理银行账户销户", "府院联动机制", new(10, PeriodUnit.WorkingDays)),
        (ItemKinds.SocialInsuranceDeregistration, TemplateTrigger.LiquidationTerminated, UnitKind.HumanResourcesSocialSecurity, "办理社会保险注销登记", "府院联动机制", new(10, PeriodUnit.WorkingDays)),
    ];

    public static IEnumerable<ItemTemplate> Create() =>
        Lines.Select(l => new ItemTemplate(l.Key, l.Trigger, l.Unit, l.Title, l.Basis, l.Due));

    /// <summary>Gives the current county the default list unless it has one. Idempotent.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        if (!await db.Templates.AnyAsync(cancellationToken))
        {
            db.Templates.AddRange(Create());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
