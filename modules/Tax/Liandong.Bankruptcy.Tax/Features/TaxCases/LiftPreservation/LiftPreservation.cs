using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.LiftPreservation;

/// <summary>The day the measures were lifted and what they were (at most 50, each up to 200 characters; none: the bureau held none).</summary>
internal sealed record LiftPreservationRequest(DateOnly? LiftedOn, [property: MaxItems(LiftPreservationRequest.MaxMeasures)] List<string>? Measures) : IValidatable
{
    public const int MaxMeasures = 50;

    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("liftedOn", LiftedOn);
        for (var i = 0; i < (Measures?.Count ?? 0); i++)
        {
            errors.RequiredText($"measures[{i}]", Measures![i], 200);
        }
    }
}

/// <summary>
/// On the acceptance the bureau lifts the preservation measures it held (EBL art. 19), unasked: once, on or after the
/// acceptance. <see cref="TaxPreservationLifted"/> and the item's completion commit with it.
/// </summary>
internal sealed class LiftPreservation(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, LiftPreservationRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.LiftedOn!.Value;
        clock.NotInFuture(on, "liftedOn");
        var measures = (request.Measures ?? []).Select(m => m.Trim()).ToList();
        file.LiftPreservation(measures, on).OrRefuse(TaxFileSteps.Iso(file.AcceptedOn));
        await outbox.PublishAsync(new TaxPreservationLifted(caseId, measures.Count, on));
        await outbox.PublishAsync(new ItemKindDone(caseId, ItemKinds.TaxLiftPreservation, on,
            measures.Count == 0 ? "本局未对债务人采取税收保全措施" : $"已解除税收保全措施{measures.Count}项：{string.Join("；", measures)}"));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
