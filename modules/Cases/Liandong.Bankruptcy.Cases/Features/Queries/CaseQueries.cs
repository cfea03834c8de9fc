using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Queries;

/// <summary>The narrow read other modules use; the county filter and row-level security apply as to any Cases query.</summary>
internal sealed class CaseQueries(CasesDbContext db) : ICaseQueries
{
    private static readonly CaseAction[] Declarations = [CaseAction.DeclareBankruptcy, CaseAction.ConvertToLiquidation];
    private static readonly CaseAction[] Endings =
        [CaseAction.Terminate, CaseAction.ApprovePlan, CaseAction.ApproveComposition, CaseAction.RejectApplication, CaseAction.DismissApplication];

    private static readonly CaseAction[] Acceptances = [CaseAction.AcceptLiquidation, CaseAction.AcceptReorganization, CaseAction.AcceptComposition];

    public async Task<CaseSummaryInfo?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var found = await db.Cases.AsNoTracking().AsSplitQuery()
            .Include(c => c.Debtors).Include(c => c.Deadlines).Include(c => c.Timeline)
            .SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        // A refusal reversed on appeal (art. 12) is followed by an acceptance: only what came after the last acceptance counts.
        var since = found.Timeline.Where(s => Acceptances.Contains(s.Action)).Select(s => s.Position).DefaultIfEmpty(0).Max();
        DateOnly? First(CaseAction[] actions) => found.Timeline.Where(s => actions.Contains(s.Action) && s.Position > since)
            .OrderBy(s => s.Position).Select(s => (DateOnly?)s.RulingDate).FirstOrDefault();

        return new CaseSummaryInfo(
            found.Id, found.CaseNumber, found.CourtCode, found.Procedure.ToString(), found.State.ToString(), found.PresidingJudge,
            [.. found.Debtors.OrderBy(d => d.Position).Select(d => new CaseDebtorInfo(d.Id, d.Name, d.Uscc))],
            new CaseKeyDates(found.AcceptedOn, First(Declarations), First(Endings)), found.AdministratorFirmId,
            [.. found.Deadlines.OrderBy(d => d.Due).Select(d => new CaseDeadlineInfo(d.Kind.ToString(), d.Due, d.Provisional))], found.Timeline.Count);
    }

    public async Task<IReadOnlyList<Guid>> RecentAsync(int limit, CancellationToken cancellationToken = default) =>
        await db.Cases.AsNoTracking().OrderByDescending(c => c.Id).Take(limit).Select(c => c.Id).ToListAsync(cancellationToken);

    public async Task<bool> HasApprovedRequestAsync(Guid caseId, string kind, CancellationToken cancellationToken = default) =>
        Enum.TryParse<Domain.Requests.RequestKind>(kind, out var parsed) && Enum.IsDefined(parsed) &&
        await db.Requests.AnyAsync(r => r.CaseId == caseId && r.Kind == parsed && r.Status == Domain.Requests.RequestStatus.Approved, cancellationToken);

    public async Task<string?> RequestStatusAsync(Guid caseId, int number, CancellationToken cancellationToken = default) =>
        (await db.Requests.AsNoTracking().Where(r => r.CaseId == caseId && r.Number == number).Select(r => (Domain.Requests.RequestStatus?)r.Status)
            .SingleOrDefaultAsync(cancellationToken))?.ToString();

    public async Task<DateOnly?> FirstVoteOnAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Meetings.Where(m => m.CaseId == caseId).SelectMany(m => m.Resolutions).MinAsync(r => r.ClosedOn, cancellationToken);

    public async Task<IReadOnlyList<CaseClaimLine>> ClaimsForDistributionAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var lines = await db.Claims.AsNoTracking()
            .Where(c => c.CaseId == caseId && c.Kind != Domain.Claims.ClaimKind.Retrieval && c.Kind != Domain.Claims.ClaimKind.SetOff)
            .OrderBy(c => c.Number)
            .ToListAsync(cancellationToken);
        return [.. lines
            .Select(c => new CaseClaimLine(c.Number, c.CreditorKey, c.Creditor,
                (c.Priority == Domain.Claims.PriorityClass.Secured && c.WaivedPriority ? Domain.Claims.PriorityClass.Ordinary : c.Priority).ToString(),
                c.Disputed ? c.Declared : c.Counted, c.Disputed, c.SocialInsurance, c.Subordination ?? 0, c.ArrearsBefore2006))
            .Where(l => l.Amount > 0)];
    }

    public async Task<CaseResolutionInfo?> ResolutionAsync(Guid caseId, Guid meetingId, int number, CancellationToken cancellationToken = default)
    {
        var resolution = await db.Meetings.AsNoTracking().Where(m => m.CaseId == caseId && m.Id == meetingId)
            .SelectMany(m => m.Resolutions).Where(r => r.Number == number)
            .SingleOrDefaultAsync(cancellationToken);
        return resolution is null ? null
            : new CaseResolutionInfo(resolution.Kind.ToString(), resolution.Title, resolution.Adopted, resolution.ClosedOn, resolution.Ruling?.Date);
    }

    public async Task<IReadOnlyList<CaseResolutionRef>> DistributionVotesAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Resolutions).Where(m => m.CaseId == caseId).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        return [.. meetings.SelectMany(m => m.Resolutions
            .Where(r => r.Kind == Domain.Voting.ResolutionKind.DistributionPlan && r.ClosedOn != null).OrderBy(r => r.Number)
            .Select(r => new CaseResolutionRef(m.Id, m.Number, r.Number, r.Title, r.Adopted, r.ClosedOn, r.Ruling?.Date)))];
    }
}
