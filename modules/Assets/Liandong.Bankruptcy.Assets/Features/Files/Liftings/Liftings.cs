using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files.Liftings;

/// <summary>The step of the lifting request (a letter, the superior, the court's ruling) and its day.</summary>
internal sealed record RequestLiftingRequest(LiftingStep? Step, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("step", Step);
        if (Step == LiftingStep.None)
        {
            errors.Add("step", "validation.invalid_value");
        }

        errors.RequiredDate("on", On);
    }
}

/// <summary>
/// A seizure is to be lifted on acceptance (art. 19): first a letter to the seizing body, then, if it does not, its
/// superior through the office, then the bankruptcy court's ruling; each step its own item (the one before answered as
/// escalated), each further than the last.
/// </summary>
internal sealed class RequestLifting(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, RequestLiftingRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.On!.Value;
        clock.NotInFuture(on);
        var (outcome, seizure, previous) = file.RequestLifting(number, request.Step!.Value, on);
        outcome.OrRefuse(file.AcceptedOn.GetValueOrDefault());
        if (previous != LiftingStep.None)
        {
            await outbox.AnswerAsync(caseId, AssetItems.LiftingKind(number, previous), on, "未解除，已升级协调");
        }

        await outbox.LiftingAsync(caseId, seizure!);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}

/// <summary>The day the seizure was lifted, and what the seizing body handed over with it (another court's enforcement proceeds, to the cent).</summary>
internal sealed record LiftSeizureRequest(DateOnly? LiftedOn, decimal? ProceedsHandedOver) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("liftedOn", LiftedOn);
        Register.AssetRequest.Money(errors, "proceedsHandedOver", ProceedsHandedOver);
    }
}

/// <summary>The seizure lifted: the open step's item answered; proceeds handed over booked as a receipt of the administrator's account.</summary>
internal sealed class LiftSeizure(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, LiftSeizureRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.LiftedOn!.Value;
        clock.NotInFuture(on, "liftedOn");
        var (outcome, seizure) = file.Lift(number, on, request.ProceedsHandedOver);
        outcome.OrRefuse();
        if (seizure!.Step != LiftingStep.None)
        {
            await outbox.AnswerAsync(caseId, AssetItems.LiftingKind(number, seizure.Step), on, "保全措施已解除");
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
