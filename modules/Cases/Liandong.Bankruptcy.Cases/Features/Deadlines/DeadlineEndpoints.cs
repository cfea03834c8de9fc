using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Deadlines;

/// <summary>The judge's list of the county's open deadlines, overdue first, and recording that one was met.</summary>
internal static class DeadlineEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/cases/deadlines", List).WithTags("Cases").RequirePermission(CasesPermissions.View)
            .Describe("ListOpenDeadlines", "The county's open deadlines, overdue marked", "期限提醒：未届满的法定期限");
        api.MapPut("/cases/{id:guid}/deadlines/{kind}/met", Meet).WithTags("Cases").RequirePermission(CasesPermissions.Advance).RequiresIfMatch()
            .Describe("MeetDeadline", "Mark a case's deadline met", "标记期限已履行");
    }

    /// <summary>
    /// Open deadlines due on or before <c>until</c> (default: 30 days from today), in due-date order, of one presiding
    /// judge's cases when <c>judge</c> is given; keyset pages.
    /// </summary>
    private static async Task<Ok<ListResponse<OpenDeadlineDto>>> List(
        DateOnly? until, string? judge, PageRequest page, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(until, judge, page, db, clock, cancellationToken));

    /// <summary>The open deadlines (the API and the pages).</summary>
    internal static async Task<ListResponse<OpenDeadlineDto>> ListAsync(
        DateOnly? until, string? judge, PageRequest page, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var last = until ?? today.AddDays(30);
        var query = db.Deadlines.AsNoTracking().Where(d => d.Status == DeadlineStatus.Open && d.Due <= last);
        if (!string.IsNullOrWhiteSpace(judge))
        {
            var name = judge.Trim();
            query = query.Where(d => db.Cases.Any(c => c.Id == d.CaseId && c.PresidingJudge == name));
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

    private static async Task<Ok<CaseDto>> Meet(
        Guid id, string kind, MeetDeadlineRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await MeetAsync(id, http.RequiredIfMatch(), kind, request, db, cancellationToken);
        http.SetETag(found);
        return TypedResults.Ok(CaseDto.From(found));
    }

    /// <summary>Records a validated "met" on the case at version <paramref name="expected"/> (the API and the page).</summary>
    internal static async Task<BankruptcyCase> MeetAsync(
        Guid id, uint expected, string kind, MeetDeadlineRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        if (!Enum.TryParse<DeadlineKind>(kind, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            throw BusinessException.NotFound();
        }

        found.MeetDeadline(parsed, request.On!.Value).OrRefuse();

        await db.SaveChangesAsync(cancellationToken);
        return found;
    }
}

internal sealed record DeadlineCursor(DateOnly Due, Guid Id);

internal sealed record OpenDeadlineDto(
    Guid Id, Guid CaseId, string CaseNumber, DeadlineKind Kind, DateOnly StartsOn, DateOnly Due, bool Provisional, bool Overdue, string Source);

internal sealed record MeetDeadlineRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}
