using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Settings;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Advance;

/// <summary>The plan vote an approval follows: the meeting and the resolution's number.</summary>
internal sealed record PlanVoteRequest(Guid? MeetingId, int? Resolution);

internal sealed record TransitionRequest(
    CaseAction? Action, LegalBasis? Basis, RulingRequest? Ruling, ConversionApplicant? AppliedBy = null, decimal? CapitalHeld = null,
    decimal? RegisteredCapital = null, PlanVoteRequest? PlanVote = null, DateOnly? SupervisionUntil = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("action", Action);
        if (Basis is { } basis && !Enum.IsDefined(basis))
        {
            errors.Add("basis", "validation.invalid_value");
        }

        RulingRequest.Validate(errors, "ruling", Ruling);
        if (Action is CaseAction.ConvertToComposition or CaseAction.ConvertToReorganization)
        {
            errors.Defined("appliedBy", AppliedBy); // arts. 70(2), 95: who applied decides whether the court may convert
        }

        if (AppliedBy == ConversionApplicant.Investor)
        {
            if (CapitalHeld is not (>= 0 and <= 1_000_000_000_000m))
            {
                errors.Add("capitalHeld", "validation.amount");
            }

            if (RegisteredCapital is not (> 0 and <= 1_000_000_000_000m))
            {
                errors.Add("registeredCapital", "validation.amount");
            }
            else if (CapitalHeld > RegisteredCapital)
            {
                errors.Add("capitalHeld", "validation.capital_held_above_registered");
            }
        }

        if (Action == CaseAction.ApprovePlan)
        {
            if (Basis is not (LegalBasis.Art86 or LegalBasis.Art87))
            {
                errors.Add("basis", "validation.plan_approval_basis"); // art. 86 or art. 87
            }

            if (PlanVote?.MeetingId is null || PlanVote.Resolution is not (> 0 and <= 1000))
            {
                errors.Add("planVote", "validation.required");
            }

            if (SupervisionUntil is null)
            {
                errors.Add("supervisionUntil", "validation.required"); // art. 90: the plan sets the supervision period
            }
        }
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
        var details = new StepDetails(
            request.AppliedBy is { } by ? new ConversionApplication(by, request.CapitalHeld, request.RegisteredCapital) : null,
            request.PlanVote is { MeetingId: { } meetingId, Resolution: { } number } ? await PlanVoteAsync(id, meetingId, number, cancellationToken) : null,
            request.SupervisionUntil);
        found.TryAdvance(request.Action!.Value, basis, ruling, audit.UserId, clock.GetUtcNow(), working, settings.FastTrackTarget, details)
            .OrRefuse(request.Action.Value, from, ruling.Date, (found.State == CaseState.Registered ? found.ReceivedOn : found.AcceptedOn ?? found.ReceivedOn) ?? ruling.Date);

        db.Publications.AddRange(Domain.Publications.PublicationDuty.For(found, request.Action.Value, ruling, working));
        await outbox.PublishAsync(new CaseAdvanced(found.Id, request.Action.Value.ToString(), from.ToString(), found.State.ToString(), basis.ToString(), ruling.Date));
        foreach (var published in CaseEvents.For(found, request.Action.Value, basis, ruling.Date))
        {
            await outbox.PublishAsync(published);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    /// <summary>
    /// The basis a plan vote of this case gives its approval: art. 86 when every voting class adopted it, art. 87 when
    /// the court ruled to approve it over a rejecting class (with the findings of art. 87(2)); null when it gives none.
    /// </summary>
    private async Task<PlanVote?> PlanVoteAsync(Guid caseId, Guid meetingId, int number, CancellationToken cancellationToken)
    {
        var resolution = await outbox.DbContext.Meetings.Where(m => m.Id == meetingId && m.CaseId == caseId)
            .SelectMany(m => m.Resolutions).Where(r => r.Number == number && r.Kind == Domain.Voting.ResolutionKind.ReorganizationPlan)
            .Select(r => new { r.Adopted, r.ClosedOn, Ruled = r.Ruling != null }).SingleOrDefaultAsync(cancellationToken);
        return resolution switch
        {
            { Adopted: true, ClosedOn: { } on } => new PlanVote(meetingId, number, LegalBasis.Art86, on),
            { Adopted: false, Ruled: true, ClosedOn: { } on } => new PlanVote(meetingId, number, LegalBasis.Art87, on),
            _ => null,
        };
    }
}
