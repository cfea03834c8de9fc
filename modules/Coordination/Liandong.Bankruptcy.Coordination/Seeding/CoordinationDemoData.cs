using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Templates;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Seeding;

/// <summary>
/// The demo cases of 涧西区 followed up as their acceptance events would be (the seed verb runs no message bus): each
/// accepted case gets the county's acceptance items, so the demo inboxes of 410305-tax, 410305-market … and the office's
/// overview (410305-coordinator) have work in them. Idempotent like the follow-up itself.
/// </summary>
internal static class CoordinationDemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Guid? county;
        await using (var lookup = services.CreateAsyncScope())
        {
            county = await lookup.ServiceProvider.GetRequiredService<ICountyRegistry>().FindAsync("410305", cancellationToken);
        }

        if (county is null)
        {
            return;
        }

        using var _ = services.GetRequiredService<ICurrentTenant>().Change(county);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        IReadOnlyList<Guid> recent;
        await using (var scope = scopes.CreateAsyncScope())
        {
            recent = await scope.ServiceProvider.GetRequiredService<ICaseQueries>().RecentAsync(20, cancellationToken);
        }

        foreach (var caseId in recent)
        {
            DateOnly? accepted;
            await using (var scope = scopes.CreateAsyncScope())
            {
                accepted = (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken))?.Dates.AcceptedOn;
            }

            await CaseFollowUpHandler.InScopeAsync(scopes, caseId, accepted is null ? null : TemplateTrigger.CaseAccepted, accepted ?? default, cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await IssueEightAsync(scope.ServiceProvider, recent, cancellationToken);
        }
    }

    /// <summary>
    /// A special coordination meeting on the first accepted demo case with its memo (items for tax and market regulation),
    /// a problem-housing risk and an evasion lead to public security; once (a county with a meeting is left alone).
    /// </summary>
    private static async Task IssueEightAsync(IServiceProvider services, IReadOnlyList<Guid> recent, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<Persistence.CoordinationDbContext>();
        if (await db.Meetings.AnyAsync(cancellationToken))
        {
            return;
        }

        var cases = services.GetRequiredService<ICaseQueries>();
        var accepted = new List<CaseSummaryInfo>();
        foreach (var id in recent)
        {
            if (await cases.FindAsync(id, cancellationToken) is { Dates.AcceptedOn: not null } found)
            {
                accepted.Add(found);
            }
        }

        var units = services.GetRequiredService<IUnitDirectory>();
        var tax = await FirstAsync(units, UnitKind.Tax, cancellationToken);
        var market = await FirstAsync(units, UnitKind.MarketRegulation, cancellationToken);
        var police = await FirstAsync(units, UnitKind.PublicSecurity, cancellationToken);
        var court = await FirstAsync(units, UnitKind.Court, cancellationToken);
        if (accepted.Count == 0 || tax is null || market is null || police is null)
        {
            return;
        }

        var today = services.GetRequiredService<TimeProvider>().Today();
        var meetingId = await services.GetRequiredService<Features.Meetings.Schedule.ScheduleMeeting>().HandleAsync(new Features.Meetings.Schedule.ScheduleMeetingRequest(MeetingKind.Special, $"{accepted[0].CaseNumber}专题协调会", today.AddDays(-2),
            court?.Id, [tax.Id, market.Id, police.Id], [accepted[0].CaseId]), cancellationToken);
        var version = (await services.GetRequiredService<Features.Meetings.MeetingReader>().GetAsync(meetingId, cancellationToken)).Version;
        await services.GetRequiredService<Features.Meetings.RecordMemo.RecordMemo>().HandleAsync(meetingId, version, new Features.Meetings.RecordMemo.MemoRequest("会议议定：税务部门核定并申报税收债权，市场监管部门协助查询债务人登记档案。",
        [
            new("核定并申报税收债权", tax.Id, 10, PeriodUnit.WorkingDays, accepted[0].CaseId),
            new("提供债务人历次登记档案", market.Id, 5, PeriodUnit.WorkingDays, accepted[0].CaseId),
        ]), cancellationToken);

        await services.GetRequiredService<Features.Risks.Record.RecordRisk>().HandleAsync(new Features.Risks.RiskRequest(RiskKind.ProblemHousing, "某某花园项目停工待交付", "项目停工十个月，购房户多次集体信访。",
            RiskLevel.Major, "张某（住建局副局长）", null, 860, "设立保交楼专项账户，续建资金由纾困基金提供", [accepted[^1].CaseId], [meetingId], null), cancellationToken);
        await services.GetRequiredService<Features.Leads.Hand.HandLead>().HandleAsync(new Features.Leads.Hand.LeadRequest(accepted[0].CaseId, police.Id, EvasionBasis.FalseBankruptcy,
            "债务人受理前一年内以明显不合理低价转让设备，涉嫌虚假破产。", 30), cancellationToken);
    }

    private static async Task<UnitSummary?> FirstAsync(IUnitDirectory units, UnitKind kind, CancellationToken cancellationToken) =>
        await units.ActiveAsync(kind, cancellationToken) is [var first, ..] ? first : null;
}
