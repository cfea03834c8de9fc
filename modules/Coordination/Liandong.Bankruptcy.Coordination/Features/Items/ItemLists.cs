using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>A row of the inbox, the item list and the case's items panel.</summary>
internal sealed record ItemSummary(
    Guid Id, Guid? CaseId, string? CaseNumber, string? DebtorName, string? DebtorUscc, string Kind, string Title, Guid UnitId, string UnitName, ItemStatus Status, ItemPriority Priority,
    bool Routine, DateOnly? DueOn, bool Overdue, uint Version);

internal sealed record ItemCursor(DateOnly? Due, Guid Id);

/// <summary>What the inbox and the item list share: the case-number and overdue filters, and keyset pages by due date.</summary>
internal static class ItemLists
{
    public static IQueryable<CoordinationItem> Filter(IQueryable<CoordinationItem> query, string? caseNumber, bool? overdue, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(caseNumber))
        {
            var number = caseNumber.Trim();
            query = query.Where(i => i.CaseNumber == number);
        }

        return overdue == true ? query.Where(i => i.IsOpen && i.DueOn < today) : query;
    }

    /// <summary>
    /// Keyset pages in (due date, id) order, served by the partial indexes on open items; items without a due date
    /// (awaiting consent) come last, as PostgreSQL sorts nulls.
    /// </summary>
    public static async Task<ListResponse<ItemSummary>> PageAsync(
        IQueryable<CoordinationItem> query, IQueryable<CaseProjection> cases, PageRequest page, DateOnly today, CancellationToken cancellationToken)
    {
        if (page.After<ItemCursor>() is { } after)
        {
            query = after.Due is { } due
                ? query.Where(i => i.DueOn > due || (i.DueOn == due && i.Id > after.Id) || i.DueOn == null)
                : query.Where(i => i.DueOn == null && i.Id > after.Id);
        }

        var rows = await query.LeftJoin(cases, i => i.CaseId, c => (Guid?)c.CaseId, (i, c) => new { i, c })
            .OrderBy(x => x.i.DueOn).ThenBy(x => x.i.Id).Take(page.Limit + 1)
            .Select(x => new ItemSummary(
                x.i.Id, x.i.CaseId, x.i.CaseNumber, x.c == null ? null : x.c.DebtorName, x.c == null ? null : x.c.DebtorUscc, x.i.Kind, x.i.Title, x.i.UnitId,
                x.i.UnitName, x.i.Status, x.i.Priority, x.i.Routine, x.i.DueOn, x.i.IsOpen && x.i.DueOn < today, x.i.Version))
            .ToListAsync(cancellationToken);
        return page.Page(rows, r => new ItemCursor(r.DueOn, r.Id));
    }
}
