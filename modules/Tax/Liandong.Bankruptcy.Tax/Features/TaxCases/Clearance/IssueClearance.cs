using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Clearance;

/// <summary>The document's number and date, and what the distribution paid on the bureau's claims (none when left out).</summary>
internal sealed record IssueClearanceRequest(string? DocumentNumber, DateOnly? IssuedOn, decimal? PaidInDistribution = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("documentNumber", DocumentNumber, 60);
        errors.RequiredDate("issuedOn", IssuedOn);
        errors.Amount("paidInDistribution", PaidInDistribution);
    }
}

/// <summary>
/// After a liquidation terminated (arts. 43, 120), the bureau issues the tax clearance document (清税文书) on the
/// termination ruling and writes off what stays unpaid (核销死欠; 税总发〔2019〕64号): the confirmed claims less what the
/// distribution paid. Deregistration never waits for it. <see cref="TaxClearanceIssued"/> and the item's completion
/// commit with it.
/// </summary>
internal sealed class IssueClearance(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, IssueClearanceRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.IssuedOn!.Value;
        clock.NotInFuture(on, "issuedOn");
        var number = request.DocumentNumber!.Trim();
        file.IssueClearance(number, request.PaidInDistribution ?? 0, on)
            .OrRefuse(TaxFileSteps.Iso(file.TerminatedOn), file.ConfirmedTotal.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture));
        await outbox.PublishAsync(new TaxClearanceIssued(caseId, number, file.WrittenOff!.Value, on));
        await outbox.PublishAsync(new ItemKindDone(caseId, ItemKinds.TaxClearance, on,
            FormattableString.Invariant($"已出具清税文书（{number}），核销欠缴税费{file.WrittenOff:#,0.00}元")));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
