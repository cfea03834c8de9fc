using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Deadlines.Open;

internal sealed record DeadlineCursor(DateOnly Due, Guid Id);

internal sealed record OpenDeadlineDto(
    Guid Id, Guid CaseId, string CaseNumber, DeadlineKind Kind, DateOnly StartsOn, DateOnly Due, bool Provisional, bool Overdue, string Source);

/// <summary>
/// Open deadlines due on or before <c>until</c> (default: 30 days from today), in due-date order, of one
/// judge's cases (presiding or on the panel) when <c>judgeId</c> is given; keyset pages (the API and the pages).
/// </summary>
internal sealed class OpenDeadlines(CasesDbContext db, TimeProvider clock)
{
    public async Task<ListResponse<OpenDeadlineDto>> ListAsync(DateOnly? until, Guid? judgeId, PageRequest page, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var last = until ?? today.AddDays(30);
        var query = db.Deadlines.AsNoTracking().Where(d => d.Status == DeadlineStatus.Open && d.Due <= last);
        if (judgeId is { } judge)
        {
            query = query.Where(d => db.Cases.Any(c => c.Id == d.CaseId && (c.PresidingJudgeId == judge || c.PanelIds.Contains(judge))));
        }

        if (page.After<DeadlineCursor>() is { } after)
        {
            query = query.Where(d => d.Due > after.Due || (d.Due == after.Due && d.Id > after.Id));
        }

        var rows = await query.OrderBy(d => d.Due).ThenBy(d => d.Id).Take(page.Limit + 1)
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new { d, c.CaseNumber })
            .Select(x => new OpenDeadlineDto(x.d.Id, x.d.CaseId, x.CaseNumber, x.d.Kind, x.d.StartsOn, x.d.Due, x.d.Provisional,
                DeadlineClosing.Duties.Contains(x.d.Kind) && x.d.Due < today, x.d.Source))
            .ToListAsync(cancellationToken);
        return page.Page(rows.OrderBy(r => r.Due).ThenBy(r => r.Id).ToList(), r => new DeadlineCursor(r.Due, r.Id));
    }
}
