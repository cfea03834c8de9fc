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
        api.MapGet("/cases/deadlines", List).WithTags("Cases").RequirePermission(CasesPermissions.View);
        api.MapPut("/cases/{id:guid}/deadlines/{kind}/met", Meet).WithTags("Cases").RequirePermission(CasesPermissions.Advance);
    }

    /// <summary>Open deadlines due on or before <c>until</c> (default: 30 days from today), in due-date order; keyset pages.</summary>
    private static async Task<Ok<ListResponse<OpenDeadlineDto>>> List(
        DateOnly? until, PageRequest page, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var last = until ?? today.AddDays(30);
        var query = db.Deadlines.AsNoTracking().Where(d => d.Status == DeadlineStatus.Open && d.Due <= last);
        if (page.After<DeadlineCursor>() is { } after)
        {
            query = query.Where(d => d.Due > after.Due || (d.Due == after.Due && d.Id > after.Id));
        }

        var rows = await query.OrderBy(d => d.Due).ThenBy(d => d.Id).Take(page.Limit + 1)
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new { d, c.CaseNumber })
            .Select(x => new OpenDeadlineDto(x.d.Id, x.d.CaseId, x.CaseNumber, x.d.Kind, x.d.StartsOn, x.d.Due, x.d.Provisional,
                DeadlineClosing.Duties.Contains(x.d.Kind) && x.d.Due < today, x.d.Source))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Page(rows.OrderBy(r => r.Due).ThenBy(r => r.Id).ToList(), r => new DeadlineCursor(r.Due, r.Id)));
    }

    private static async Task<Ok<CaseDto>> Meet(
        Guid id, string kind, MeetDeadlineRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var expected = http.RequiredIfMatch();
        var found = await db.Cases.Include(c => c.Debtors).Include(c => c.Deadlines).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                    ?? throw BusinessException.NotFound();
        db.ExpectVersion(found, expected);
        if (!Enum.TryParse<DeadlineKind>(kind, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            throw BusinessException.NotFound();
        }

        switch (found.MeetDeadline(parsed, request.On!.Value))
        {
            case MeetOutcome.NoSuchDeadline:
                throw BusinessException.NotFound();
            case MeetOutcome.Closed:
                throw BusinessException.Conflict("cases.deadline_closed");
            case MeetOutcome.BeforeStart:
                throw BusinessException.Rule("cases.met_before_start");
        }

        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(found);
        return TypedResults.Ok(CaseDto.From(found));
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
