using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Http;
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
        var query = filter.Status is { } status ? db.Items.Where(i => i.Status == status) : db.Items.Where(i => i.IsOpen);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(i => i.UnitId == unitId);
        }

        if (filter.CaseId is { } caseId)
        {
            query = query.Where(i => i.CaseId == caseId);
        }

        var today = clock.Today();
        return await ItemLists.PageAsync(ItemLists.Filter(query, filter.CaseNumber, filter.Overdue, today), page, today, cancellationToken);
    }
}
