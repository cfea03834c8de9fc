using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Inbox;

/// <summary>The inbox's filters: <c>?caseNumber=&amp;caseState=&amp;procedure=&amp;overdue=true</c> (case state and procedure as Cases names them).</summary>
internal sealed record InboxFilter(string? CaseNumber, string? CaseState, string? Procedure, bool? Overdue);

/// <summary>
/// The open items of the user's unit, due first; filtered by case number, by the case's state or procedure (from the
/// local projection of Cases' events) and overdue.
/// </summary>
internal sealed class UnitInbox(CoordinationDbContext db, ICurrentUnit unit, TimeProvider clock)
{
    public async Task<ListResponse<ItemSummary>> ListAsync(PageRequest page, InboxFilter filter, CancellationToken cancellationToken)
    {
        if (unit.Unit is not { } mine)
        {
            throw BusinessException.Conflict("coordination.no_unit");
        }

        var today = clock.Today();
        if (filter is { CaseNumber: null or "", CaseState: null or "", Procedure: null or "", Overdue: null or false } && page.Cursor is null or "")
        {
            return await ItemLists.FirstPageOfOpenAsync(db, mine.Id, page, today, cancellationToken);
        }

        // The generic plan: the open items' (tenant, unit, due date, id) index serves every unit and cursor.
        var query = db.Items.WithGenericPlan().Where(i => i.IsOpen && i.UnitId == mine.Id);
        if (!string.IsNullOrWhiteSpace(filter.CaseState))
        {
            var state = filter.CaseState.Trim();
            query = query.Where(i => db.Cases.Any(c => c.CaseId == i.CaseId && c.State == state));
        }

        if (!string.IsNullOrWhiteSpace(filter.Procedure))
        {
            var procedure = filter.Procedure.Trim();
            query = query.Where(i => db.Cases.Any(c => c.CaseId == i.CaseId && c.Procedure == procedure));
        }

        return await ItemLists.PageAsync(ItemLists.Filter(query, filter.CaseNumber, filter.Overdue, today), db.Cases, page, today, cancellationToken);
    }
}
