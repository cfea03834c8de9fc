using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Settings;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Advance;

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

/// <summary>
/// Advances a case by a ruling: only what the law allows from its state (409 otherwise), every step on the timeline;
/// the step's publication duties, <see cref="CaseAdvanced"/> and the step's own events commit with it.
/// </summary>
internal sealed class AdvanceCase(IDbContextOutbox<CasesDbContext> outbox, IAuditContext audit, TimeProvider clock, IHolidayCalendar calendar)
{
    public async Task HandleAsync(Guid id, uint expected, TransitionRequest request, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        var settings = await db.CurrentSettingsAsync(cancellationToken);
        var from = found.State;
        var basis = request.Basis ?? LegalBasis.None;
        var ruling = new Ruling(request.Ruling!.Number!.Trim(), request.Ruling.Date!.Value, request.Ruling.Kind!.Trim());
        var working = await calendar.GetAsync(cancellationToken);
        found.TryAdvance(request.Action!.Value, basis, ruling, audit.UserId, clock.GetUtcNow(), working, settings.FastTrackTarget).OrRefuse(request.Action.Value, from);

        db.Publications.AddRange(Domain.Publications.PublicationDuty.For(found, request.Action.Value, ruling, working));
        await outbox.PublishAsync(new CaseAdvanced(found.Id, request.Action.Value.ToString(), from.ToString(), found.State.ToString(), basis.ToString(), ruling.Date));
        foreach (var published in CaseEvents.For(found, request.Action.Value, basis, ruling.Date))
        {
            await outbox.PublishAsync(published);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
