using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform.Domain;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files;

/// <summary>
/// How the estate reaches the member units, through Coordination, in the same transaction as its change: an inquiry is
/// its registry's item, a lifting step the seizing body's (or the office's, or the court's), an obstructed takeover public
/// security's, the account the bank's; each answered (<see cref="ItemKindDone"/>) when the estate records the answer.
/// Kinds carry the number of what they are about, so two open items of one case never share a kind.
/// </summary>
internal static class AssetItems
{
    public const string AccountKind = "assets.account_opening";

    /// <summary>The registry each inquiry target goes to.</summary>
    public static UnitKind UnitOf(InquiryTarget target) => target switch
    {
        InquiryTarget.RealEstate => UnitKind.NaturalResources,
        InquiryTarget.Vehicles => UnitKind.PublicSecurity,
        InquiryTarget.Equity => UnitKind.MarketRegulation,
        InquiryTarget.Deposits => UnitKind.Banking,
        InquiryTarget.ProvidentFund => UnitKind.Housing,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    private static readonly Dictionary<InquiryTarget, string> What = new()
    {
        [InquiryTarget.RealEstate] = "不动产登记信息",
        [InquiryTarget.Vehicles] = "机动车登记信息",
        [InquiryTarget.Equity] = "对外投资及股权登记信息",
        [InquiryTarget.Deposits] = "银行存款及理财产品",
        [InquiryTarget.ProvidentFund] = "住房公积金账户",
    };

    public static string InquiryKind(int number) => $"assets.inquiry.{number}";

    public static string TakeoverKind(int number) => $"assets.takeover.{number}";

    public static string LiftingKind(int seizure, LiftingStep step) => $"assets.lifting.{seizure}.{step.ToString().ToLowerInvariant()}";

    public static ValueTask InquireAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, Inquiry inquiry)
        where T : Microsoft.EntityFrameworkCore.DbContext =>
        outbox.PublishAsync(new ItemRequested(caseId, InquiryKind(inquiry.Number), UnitOf(inquiry.Target).ToString(),
            $"查询债务人{What[inquiry.Target]}（查人找物第{inquiry.Number}号）", "企业破产法第十五条、第二十五条；府院联动机制", 7, true, inquiry.SentOn,
            $"assets:{caseId:N}:inquiry:{inquiry.Number}"));

    public static ValueTask ObstructedAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, TakeoverItem item)
        where T : Microsoft.EntityFrameworkCore.DbContext =>
        outbox.PublishAsync(new ItemRequested(caseId, TakeoverKind(item.Number), nameof(UnitKind.PublicSecurity),
            $"协助管理人接管：{item.Description}（接管受阻）", "企业破产法第十五条、第一百二十九条；府院联动机制", 3, true, item.On!.Value,
            $"assets:{caseId:N}:takeover:{item.Number}:{item.PoliceRequests}"));

    /// <summary>
    /// A lifting step's item: the letter to the seizing body (its unit when it is one of the county's, the office otherwise,
    /// to carry it to a body outside), the superior through the office, the ruling to the court.
    /// </summary>
    public static ValueTask LiftingAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, Seizure seizure)
        where T : Microsoft.EntityFrameworkCore.DbContext
    {
        var (unit, title) = seizure.Step switch
        {
            LiftingStep.Letter => (seizure.UnitKind ?? nameof(UnitKind.LeadershipGroupOffice), $"解除对债务人财产的保全措施（{seizure.SeizingBody} {seizure.DocumentNumber}）"),
            LiftingStep.Superior => (nameof(UnitKind.LeadershipGroupOffice), $"协调{seizure.SeizingBody}的上级机关解除保全措施（{seizure.DocumentNumber}）"),
            _ => (nameof(UnitKind.Court), $"裁定解除保全措施（{seizure.SeizingBody} {seizure.DocumentNumber}）"),
        };
        return outbox.PublishAsync(new ItemRequested(caseId, LiftingKind(seizure.Number, seizure.Step), unit, title,
            "企业破产法第十九条；府院联动机制", 7, true, seizure.StepOn!.Value, $"assets:{caseId:N}:lifting:{seizure.Number}:{seizure.Step}"));
    }

    public static ValueTask AccountAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, DateOnly on, int request)
        where T : Microsoft.EntityFrameworkCore.DbContext =>
        outbox.PublishAsync(new ItemRequested(caseId, AccountKind, nameof(UnitKind.Banking), "为管理人开立管理人账户", "企业破产法第二十五条；府院联动机制",
            1, true, on, $"assets:{caseId:N}:account:{request}"));

    public static ValueTask AnswerAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, string kind, DateOnly on, string result)
        where T : Microsoft.EntityFrameworkCore.DbContext =>
        outbox.PublishAsync(new ItemKindDone(caseId, kind, on, result));
}
