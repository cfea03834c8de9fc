using System.Linq.Expressions;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Tenancy;
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
    /// The first page of open items with no filter, the commonest request of the inbox (a unit's) and of the office's
    /// list (the county's), as compiled queries: the same SQL as <see cref="PageAsync"/> writes for them, without
    /// building the query and looking it up on every request.
    /// </summary>
    public static Task<ListResponse<ItemSummary>> FirstPageOfOpenAsync(
        CoordinationDbContext db, Guid? unitId, PageRequest page, DateOnly today, CancellationToken cancellationToken) =>
        FirstPageAsync(unitId is { } unit ? UnitFirstPage(db, unit, today, page.Limit + 1) : OpenFirstPage(db, today, page.Limit + 1), page, cancellationToken);

    private static async Task<ListResponse<ItemSummary>> FirstPageAsync(IAsyncEnumerable<ItemSummary> query, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = new List<ItemSummary>(page.Limit + 1);
        await foreach (var row in query.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return page.Page(rows, r => new ItemCursor(r.DueOn, r.Id));
    }

    /// <summary>A page's row: the item beside its case (from the local projection, when known) and the day that decides overdue.</summary>
    private sealed class ItemRow
    {
        public CoordinationItem Item { get; init; } = null!;

        public CaseProjection? Case { get; init; }

        public DateOnly Today { get; init; }
    }

    // Before the compiled queries: static fields are initialised in order.
    private static readonly Expression<Func<ItemRow, ItemSummary>> Summary = x => new ItemSummary(
        x.Item.Id, x.Item.CaseId, x.Item.CaseNumber, x.Case == null ? null : x.Case.DebtorName, x.Case == null ? null : x.Case.DebtorUscc, x.Item.Kind,
        x.Item.Title, x.Item.UnitId, x.Item.UnitName, x.Item.Status, x.Item.Priority, x.Item.Routine, x.Item.DueOn, x.Item.IsOpen && x.Item.DueOn < x.Today,
        x.Item.Version);

    private static readonly Func<CoordinationDbContext, Guid, DateOnly, int, IAsyncEnumerable<ItemSummary>> UnitFirstPage =
        EF.CompileAsyncQuery((CoordinationDbContext db, Guid unitId, DateOnly today, int take) =>
            db.Items.TagWith(GenericPlan.Tag).Where(i => i.IsOpen && i.UnitId == unitId)
                .LeftJoin(db.Cases, i => i.CaseId, c => (Guid?)c.CaseId, (i, c) => new ItemRow { Item = i, Case = c, Today = today })
                .OrderBy(x => x.Item.DueOn).ThenBy(x => x.Item.Id).Take(take)
                .Select(Summary));

    private static readonly Func<CoordinationDbContext, DateOnly, int, IAsyncEnumerable<ItemSummary>> OpenFirstPage =
        EF.CompileAsyncQuery((CoordinationDbContext db, DateOnly today, int take) =>
            db.Items.TagWith(GenericPlan.Tag).Where(i => i.IsOpen)
                .LeftJoin(db.Cases, i => i.CaseId, c => (Guid?)c.CaseId, (i, c) => new ItemRow { Item = i, Case = c, Today = today })
                .OrderBy(x => x.Item.DueOn).ThenBy(x => x.Item.Id).Take(take)
                .Select(Summary));

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

        var rows = await query.LeftJoin(cases, i => i.CaseId, c => (Guid?)c.CaseId, (i, c) => new ItemRow { Item = i, Case = c, Today = today })
            .OrderBy(x => x.Item.DueOn).ThenBy(x => x.Item.Id).Take(page.Limit + 1)
            .Select(Summary)
            .ToListAsync(cancellationToken);
        return page.Page(rows, r => new ItemCursor(r.DueOn, r.Id));
    }
}
