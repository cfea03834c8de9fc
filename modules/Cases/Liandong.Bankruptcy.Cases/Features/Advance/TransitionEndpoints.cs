using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Events;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance;

/// <summary>Advancing a case by a ruling: only what the law allows from its state (409 otherwise), every step on the timeline.</summary>
internal static class TransitionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{id:guid}/transitions", Advance).WithTags("Cases").RequirePermission(CasesPermissions.Advance).RequiresIfMatch()
            .Describe("AdvanceCase", "Advance a case by a ruling", "推进案件（裁定）");
        api.MapGet("/cases/{id:guid}/timeline", Timeline).WithTags("Cases").RequirePermission(CasesPermissions.View)
            .Describe("GetCaseTimeline", "The case's timeline", "办理经过");
    }

    private static async Task<Ok<CaseDto>> Advance(
        Guid id, TransitionRequest request, IDbContextOutbox<CasesDbContext> outbox, IAuditContext audit, TimeProvider clock,
        IHolidayCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var advanced = await AdvanceAsync(id, http.RequiredIfMatch(), request, outbox, audit, clock, calendar, cancellationToken);
        http.SetETag(advanced);
        return TypedResults.Ok(CaseDto.From(advanced));
    }

    /// <summary>Takes a validated step on the case at version <paramref name="expected"/> (the API and the page).</summary>
    internal static async Task<BankruptcyCase> AdvanceAsync(
        Guid id, uint expected, TransitionRequest request, IDbContextOutbox<CasesDbContext> outbox, IAuditContext audit, TimeProvider clock,
        IHolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        var settings = await Settings.CaseSettingsEndpoints.CurrentAsync(db, cancellationToken);
        var from = found.State;
        var basis = request.Basis ?? LegalBasis.None;
        var ruling = new Ruling(request.Ruling!.Number!.Trim(), request.Ruling.Date!.Value, request.Ruling.Kind!.Trim());
        var working = await calendar.GetAsync(cancellationToken);
        found.TryAdvance(request.Action!.Value, basis, ruling, audit.UserId, clock.GetUtcNow(), working, settings.FastTrackTarget).OrRefuse(request.Action.Value, from);

        db.Publications.AddRange(Domain.Publications.PublicationDuty.For(found, request.Action.Value, ruling, working));
        await outbox.PublishAsync(new CaseAdvanced(found.Id, request.Action.Value.ToString(), from.ToString(), found.State.ToString(), basis.ToString()));
        foreach (var published in CaseEvents.For(found, request.Action.Value, basis, ruling.Date))
        {
            await outbox.PublishAsync(published);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return found;
    }

    private static async Task<Ok<List<CaseStepDto>>> Timeline(Guid id, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        return TypedResults.Ok(await TimelineAsync(id, db, cancellationToken));
    }

    internal static Task<List<CaseStepDto>> TimelineAsync(Guid id, CasesDbContext db, CancellationToken cancellationToken) =>
        db.Cases.Where(c => c.Id == id).SelectMany(c => c.Timeline).OrderBy(s => s.Position)
            .Select(s => new CaseStepDto(s.Position, s.Action, s.Basis, s.FromState, s.ToState, s.RulingNumber, s.RulingDate, s.RulingKind, s.By, s.At))
            .ToListAsync(cancellationToken);
}

internal sealed record CaseStepDto(int Position, CaseAction Action, LegalBasis Basis, CaseState FromState, CaseState ToState,
    string RulingNumber, DateOnly RulingDate, string RulingKind, Guid? By, DateTimeOffset At);

internal sealed record RulingRequest(string? Number, DateOnly? Date, string? Kind)
{
    /// <summary>A ruling or decision is required, with its number, date and kind.</summary>
    public static void Validate(ValidationErrors errors, string field, RulingRequest? ruling)
    {
        if (ruling is null)
        {
            errors.Add(field, "validation.required");
            return;
        }

        errors.RequiredText($"{field}.number", ruling.Number, 60);
        errors.RequiredText($"{field}.kind", ruling.Kind, 40);
        if (ruling.Date is null)
        {
            errors.Add($"{field}.date", "validation.required");
        }
    }
}

internal sealed record TransitionRequest(CaseAction? Action, LegalBasis? Basis, RulingRequest? Ruling) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("action", Action);
        if (Basis is { } basis && !Enum.IsDefined(basis))
        {
            errors.Add("basis", "validation.invalid_value");
        }

        RulingRequest.Validate(errors, "ruling", Ruling);
    }
}
