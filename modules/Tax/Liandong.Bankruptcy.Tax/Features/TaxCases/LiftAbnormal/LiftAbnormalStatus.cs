using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.LiftAbnormal;

/// <summary>The day, and the penalty decided: its decision's number, or <c>noPenalty</c> when none was imposed (one of them).</summary>
internal sealed record LiftAbnormalRequest(DateOnly? LiftedOn, string? PenaltyDecision, bool? NoPenalty) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("liftedOn", LiftedOn);
        errors.OptionalText("penaltyDecision", PenaltyDecision, 60);
        if (string.IsNullOrWhiteSpace(PenaltyDecision) == (NoPenalty != true))
        {
            errors.Add("penaltyDecision", "tax.penalty_decided");
        }
    }
}

/// <summary>
/// The bureau lifts the abnormal-taxpayer status once the missing returns are filed and any penalty is decided (a
/// penalty decided now goes in a supplementary declaration); from then the administrator issues invoices in the debtor's
/// name under the administrator's seal. <see cref="AbnormalTaxpayerStatusLifted"/> commits with it.
/// </summary>
internal sealed class LiftAbnormalStatus(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, LiftAbnormalRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.LiftedOn!.Value;
        clock.NotInFuture(on, "liftedOn");
        file.LiftAbnormal(request.NoPenalty == true ? null : request.PenaltyDecision!.Trim(), on).OrRefuse(TaxFileSteps.Iso(file.ReturnsFiledOn));
        await outbox.PublishAsync(new AbnormalTaxpayerStatusLifted(caseId, on));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
