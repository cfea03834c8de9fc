using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Credit.Domain;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>
/// How the credit file reaches the units, through Coordination, in the same transaction as its change: each measure
/// requested is its unit's item (<see cref="ItemRequested"/>, one per request round), each reversal due another, and a
/// measure decided, reversed or withdrawn answers its item (<see cref="ItemKindDone"/>).
/// </summary>
internal static class CreditItems
{
    /// <summary>A date as refusals show it (yyyy-MM-dd), or empty.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static async Task RequestAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, IEnumerable<CreditMeasure> measures, DateOnly on)
        where T : Microsoft.EntityFrameworkCore.DbContext
    {
        foreach (var measure in measures)
        {
            var rule = CreditTargets.Rules[measure.Target];
            await outbox.PublishAsync(new ItemRequested(
                caseId, rule.ItemKind, rule.Unit.ToString(), rule.Title, rule.Basis, rule.DueWorkingDays, true, on,
                $"credit:{caseId:N}:{measure.Target}:{measure.Round}"));
        }
    }

    public static async Task RequestReversalAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, IEnumerable<CreditMeasure> measures, DateOnly on)
        where T : Microsoft.EntityFrameworkCore.DbContext
    {
        foreach (var measure in measures)
        {
            var rule = CreditTargets.Rules[measure.Target];
            await outbox.PublishAsync(new ItemRequested(
                caseId, rule.ReversalKind, rule.Unit.ToString(), $"转入破产清算，撤销信用修复：{rule.Title}",
                "国办发〔2025〕22号（修复措施随重整计划、和解协议的执行情况调整）", CreditTargets.ReversalWorkingDays, true, on,
                $"credit-reversal:{caseId:N}:{measure.Target}:{measure.Round}"));
        }
    }

    public static Task AnswerAsync<T>(this IDbContextOutbox<T> outbox, Guid caseId, string kind, DateOnly on, string result)
        where T : Microsoft.EntityFrameworkCore.DbContext =>
        outbox.PublishAsync(new ItemKindDone(caseId, kind, on, result)).AsTask();
}
