using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Items.List;

/// <summary>The items list's filters: <c>?status=&amp;unitId=&amp;caseId=&amp;caseNumber=&amp;overdue=true</c>.</summary>
internal sealed record ItemFilter(ItemStatus? Status, Guid? UnitId, Guid? CaseId, string? CaseNumber, bool? Overdue);

/// <summary>
/// Items the user may see (the county's for the court and the office; the unit's own and raised ones for a member
/// unit): open ones by due date, or those of one status (<c>PendingConsent</c>, <c>Returned</c>, <c>Completed</c> …).
/// </summary>
internal sealed class ItemList(CoordinationDbContext db, TimeProvider clock)
{
    public async Task<ListResponse<ItemSummary>> ListAsync(PageRequest page, ItemFilter filter, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (filter is { Status: null, CaseId: null, CaseNumber: null or "", Overdue: null or false } && page.Cursor is null or "")
        {
            return await ItemLists.FirstPageOfOpenAsync(db, filter.UnitId, page, today, cancellationToken);
        }

        // Open items run the generic plan (their partial indexes serve every value); a status may need its own index.
        var query = filter.Status is { } status ? db.Items.Where(i => i.Status == status) : db.Items.WithGenericPlan().Where(i => i.IsOpen);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(i => i.UnitId == unitId);
        }

        if (filter.CaseId is { } caseId)
        {
            query = query.Where(i => i.CaseId == caseId);
        }

        return await ItemLists.PageAsync(ItemLists.Filter(query, filter.CaseNumber, filter.Overdue, today), db.Cases, page, today, cancellationToken);
    }

    /// <summary>Every item of the case the user may see, at most <see cref="PageRequest.MaxLimit"/> of each group: those waiting for consent or returned first (someone must act on them), then the open ones by due date, then the completed or declined.</summary>
    public async Task<IReadOnlyList<ItemSummary>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        return await GroupsAsync(db.Items.Where(i => i.CaseId == caseId), PageRequest.MaxLimit, null, cancellationToken);
    }

    /// <summary>How long an item completed or declined stays on the judge's desk.</summary>
    public const int DeskDays = 14;

    /// <summary>
    /// The items of the judge's cases for the desk, at most a page of each group: waiting for consent or returned, the
    /// open ones by due date, and those completed or declined in the last <see cref="DeskDays"/> days.
    /// </summary>
    public async Task<IReadOnlyList<ItemSummary>> OfCasesAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0)
        {
            return [];
        }

        return await GroupsAsync(db.Items.Where(i => i.CaseId != null && caseIds.Contains(i.CaseId.Value)), PageRequest.DefaultLimit, clock.GetUtcNow().AddDays(-DeskDays), cancellationToken);
    }

    /// <summary>Waiting for consent or returned (someone must act), then open by due date, then completed or declined (changed since a moment, when given); at most <paramref name="limit"/> of each.</summary>
    private async Task<IReadOnlyList<ItemSummary>> GroupsAsync(IQueryable<CoordinationItem> items, int limit, DateTimeOffset? doneSince, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var page = new PageRequest(limit, null);
        var done = items.Where(i => i.Status == ItemStatus.Completed || i.Status == ItemStatus.Declined);
        if (doneSince is { } since)
        {
            done = done.Where(i => i.UpdatedAt >= since);
        }

        var waiting = await ItemLists.PageAsync(items.Where(i => i.Status == ItemStatus.PendingConsent || i.Status == ItemStatus.Returned), db.Cases, page, today, cancellationToken);
        var open = await ItemLists.PageAsync(items.Where(i => i.IsOpen), db.Cases, page, today, cancellationToken);
        var closed = await ItemLists.PageAsync(done, db.Cases, page, today, cancellationToken);
        return [.. waiting.Items, .. open.Items, .. closed.Items];
    }
}
