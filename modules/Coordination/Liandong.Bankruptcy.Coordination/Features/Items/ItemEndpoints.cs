using Liandong.Bankruptcy.Cases;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Events;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>
/// Coordination items: a unit's inbox, the office's overview, raising an item, the leadership group's consent, and a
/// unit's work on it (sign for, start, complete, return) and the office's reassignment.
/// </summary>
internal static class ItemEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/coordination").WithTags("Coordination");
        items.MapGet("/inbox", Inbox).RequirePermission(CoordinationPermissions.Work);
        items.MapGet("/items", List).RequirePermission(CoordinationPermissions.Items);
        items.MapGet("/items/{id:guid}", Get).RequirePermission(CoordinationPermissions.Items);
        items.MapPost("/items", Raise).RequirePermission(CoordinationPermissions.Raise).WithIdempotency();
        items.MapPost("/items/{id:guid}/consent", Consent).RequirePermission(CoordinationPermissions.Consent);
        items.MapPost("/items/{id:guid}/sign", (Guid id, IItemWork work, HttpContext http, CancellationToken ct) =>
            Respond(http, work.ActAsync(id, http.RequiredIfMatch(), ItemWorkAction.SignFor, null, ct))).RequirePermission(CoordinationPermissions.Work);
        items.MapPost("/items/{id:guid}/start", (Guid id, IItemWork work, HttpContext http, CancellationToken ct) =>
            Respond(http, work.ActAsync(id, http.RequiredIfMatch(), ItemWorkAction.Start, null, ct))).RequirePermission(CoordinationPermissions.Work);
        items.MapPost("/items/{id:guid}/complete", (Guid id, CompleteRequest request, IItemWork work, HttpContext http, CancellationToken ct) =>
            Respond(http, work.ActAsync(id, http.RequiredIfMatch(), ItemWorkAction.Complete, request.Result, ct))).RequirePermission(CoordinationPermissions.Work);
        items.MapPost("/items/{id:guid}/return", (Guid id, ReturnRequest request, IItemWork work, HttpContext http, CancellationToken ct) =>
            Respond(http, work.ActAsync(id, http.RequiredIfMatch(), ItemWorkAction.Return, request.Reason, ct))).RequirePermission(CoordinationPermissions.Work);
        items.MapPost("/items/{id:guid}/reassign", Reassign).RequirePermission(CoordinationPermissions.Oversee);
    }

    private static async Task<Ok<ItemDto>> Respond(HttpContext http, Task<CoordinationItem> change)
    {
        var item = await change;
        http.SetETag(item);
        return TypedResults.Ok(ItemDto.From(item, http.RequestServices.GetRequiredService<TimeProvider>().Today()));
    }

    /// <summary>
    /// The open items of the user's unit, due first; filtered by case number, by the case's state or procedure (from the
    /// local projection of Cases' events) and overdue.
    /// </summary>
    internal static async Task<ListResponse<ItemSummary>> InboxAsync(
        PageRequest page, InboxFilter filter, CoordinationDbContext db, ICurrentUnit unit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (unit.Unit is not { } mine)
        {
            throw BusinessException.Conflict("coordination.no_unit");
        }

        var query = db.Items.AsNoTracking().Where(i => i.IsOpen && i.UnitId == mine.Id);
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

        return await PageAsync(Filter(query, filter.CaseNumber, filter.Overdue, clock.Today()), page, clock.Today(), cancellationToken);
    }

    private static async Task<Ok<ListResponse<ItemSummary>>> Inbox(
        PageRequest page, [AsParameters] InboxFilter filter, CoordinationDbContext db, ICurrentUnit unit, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await InboxAsync(page, filter, db, unit, clock, cancellationToken));

    /// <summary>
    /// Items the user may see (the county's for the court and the office; the unit's own and raised ones for a member
    /// unit): open ones by due date, or those of one status (<c>PendingConsent</c>, <c>Returned</c>, <c>Completed</c> …).
    /// </summary>
    internal static async Task<ListResponse<ItemSummary>> ListAsync(
        PageRequest page, ItemFilter filter, CoordinationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = db.Items.AsNoTracking();
        query = filter.Status is { } status ? query.Where(i => i.Status == status) : query.Where(i => i.IsOpen);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(i => i.UnitId == unitId);
        }

        if (filter.CaseId is { } caseId)
        {
            query = query.Where(i => i.CaseId == caseId);
        }

        return await PageAsync(Filter(query, filter.CaseNumber, filter.Overdue, clock.Today()), page, clock.Today(), cancellationToken);
    }

    private static async Task<Ok<ListResponse<ItemSummary>>> List(
        PageRequest page, [AsParameters] ItemFilter filter, CoordinationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(page, filter, db, clock, cancellationToken));

    private static IQueryable<CoordinationItem> Filter(IQueryable<CoordinationItem> query, string? caseNumber, bool? overdue, DateOnly today)
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
    private static async Task<ListResponse<ItemSummary>> PageAsync(IQueryable<CoordinationItem> query, PageRequest page, DateOnly today, CancellationToken cancellationToken)
    {
        if (page.After<ItemCursor>() is { } after)
        {
            query = after.Due is { } due
                ? query.Where(i => i.DueOn > due || (i.DueOn == due && i.Id > after.Id) || i.DueOn == null)
                : query.Where(i => i.DueOn == null && i.Id > after.Id);
        }

        var rows = await query.OrderBy(i => i.DueOn).ThenBy(i => i.Id).Take(page.Limit + 1)
            .Select(i => new ItemSummary(i.Id, i.CaseId, i.CaseNumber, i.Kind, i.Title, i.UnitId, i.UnitName, i.Status, i.Priority, i.Routine,
                i.DueOn, i.IsOpen && i.DueOn < today, i.Version))
            .ToListAsync(cancellationToken);
        return page.Page(rows, r => new ItemCursor(r.DueOn, r.Id));
    }

    private static async Task<Ok<ItemDto>> Get(Guid id, CoordinationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, db, cancellationToken);
        http.SetETag(item);
        return TypedResults.Ok(ItemDto.From(item, clock.Today()));
    }

    /// <summary>The item with its history, comments and attachments, read only; 404 when it is not visible here.</summary>
    internal static async Task<CoordinationItem> FindAsync(Guid id, CoordinationDbContext db, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().AsSplitQuery().Include(i => i.History).Include(i => i.Comments).Include(i => i.Attachments)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    private static async Task<Created<ItemDto>> Raise(RaiseItemRequest request, IItemWork work, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var item = await work.RaiseAsync(request, cancellationToken);
        http.SetETag(item);
        return TypedResults.Created($"/api/coordination/items/{item.Id}", ItemDto.From(item, clock.Today()));
    }

    private static Task<Ok<ItemDto>> Consent(Guid id, ConsentRequest request, IItemWork work, HttpContext http, CancellationToken cancellationToken) =>
        Respond(http, work.DecideAsync(id, http.RequiredIfMatch(), request, cancellationToken));

    private static Task<Ok<ItemDto>> Reassign(Guid id, ReassignRequest request, IItemWork work, HttpContext http, CancellationToken cancellationToken) =>
        Respond(http, work.ReassignAsync(id, http.RequiredIfMatch(), request.UnitId!.Value, cancellationToken));
}

internal sealed record ItemCursor(DateOnly? Due, Guid Id);

/// <summary>The inbox's filters: <c>?caseNumber=&amp;caseState=&amp;procedure=&amp;overdue=true</c> (case state and procedure as Cases names them).</summary>
internal sealed record InboxFilter(string? CaseNumber, string? CaseState, string? Procedure, bool? Overdue);

/// <summary>The items list's filters: <c>?status=&amp;unitId=&amp;caseId=&amp;caseNumber=&amp;overdue=true</c>.</summary>
internal sealed record ItemFilter(ItemStatus? Status, Guid? UnitId, Guid? CaseId, string? CaseNumber, bool? Overdue);

internal sealed record ItemSummary(
    Guid Id, Guid? CaseId, string? CaseNumber, string Kind, string Title, Guid UnitId, string UnitName, ItemStatus Status, ItemPriority Priority,
    bool Routine, DateOnly? DueOn, bool Overdue, uint Version);

internal sealed record ItemStepDto(int Position, ItemAction Action, ItemStatus? FromStatus, ItemStatus ToStatus, Guid? By, DateTimeOffset At, string? Note);

internal sealed record CommentDto(Guid Id, string Text, string? ByName, DateTimeOffset At);

internal sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset At);

internal sealed record ItemDto(
    Guid Id, Guid? CaseId, string? CaseNumber, string Kind, string Title, string? Basis, ItemSource Source, bool Routine, Guid UnitId, string UnitName,
    ItemPriority Priority, ItemStatus Status, DateOnly? StartsOn, DateOnly? DueOn, bool DueProvisional, bool Overdue, string? Result, DateOnly? CompletedOn,
    string? ReturnReason, IReadOnlyList<ItemStepDto> History, IReadOnlyList<CommentDto> Comments, IReadOnlyList<AttachmentDto> Attachments, uint Version)
{
    public static ItemDto From(CoordinationItem i, DateOnly today) => new(
        i.Id, i.CaseId, i.CaseNumber, i.Kind, i.Title, i.Basis, i.Source, i.Routine, i.UnitId, i.UnitName, i.Priority, i.Status, i.StartsOn, i.DueOn,
        i.DueProvisional, i.IsOverdue(today), i.Result, i.CompletedOn, i.ReturnReason,
        [.. i.History.OrderBy(h => h.Position).Select(h => new ItemStepDto(h.Position, h.Action, h.FromStatus, h.ToStatus, h.By, h.At, h.Note))],
        [.. i.Comments.OrderBy(c => c.At).Select(c => new CommentDto(c.Id, c.Text, c.ByName, c.At))],
        [.. i.Attachments.OrderBy(a => a.At).Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.At))], i.Version);
}

/// <summary><c>{caseId?, unitId, title, basis?, dueLength, dueUnit, priority?}</c>: an item raised by hand (not routine: it waits for consent).</summary>
internal sealed record RaiseItemRequest(Guid? CaseId, Guid? UnitId, string? Title, string? Basis, int? DueLength, PeriodUnit? DueUnit, ItemPriority? Priority) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }

        errors.RequiredText("title", Title, 200);
        errors.OptionalText("basis", Basis, 300);
        if (DueLength is not (>= 1 and <= 365))
        {
            errors.Add("dueLength", "validation.range", 1, 365);
        }

        errors.Defined("dueUnit", DueUnit);
        if (Priority is { } priority && !Enum.IsDefined(priority))
        {
            errors.Add("priority", "validation.invalid_value");
        }
    }
}

internal sealed record ConsentRequest(bool? Consented, string? Note) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Consented is null)
        {
            errors.Add("consented", "validation.required");
        }

        errors.OptionalText("note", Note, 500);
    }
}

internal sealed record CompleteRequest(string? Result) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("result", Result, 2000);
}

internal sealed record ReturnRequest(string? Reason) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("reason", Reason, 500);
}

internal sealed record ReassignRequest(Guid? UnitId) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }
    }
}
