using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features.Files.Reversal;

/// <summary>What the unit restored (the record unmasked, the rating restored …) and the day.</summary>
internal sealed record ReverseCreditMeasureRequest(string? Note, DateOnly? ReversedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("note", Note, CreditMeasure.MaxNote);
        errors.RequiredDate("reversedOn", ReversedOn);
    }
}

/// <summary>
/// After the case converted to liquidation, a target's unit records that it reversed its repair (only a user of that
/// unit's kind, the tax bureau included). Its reversal item is answered in the same transaction.
/// </summary>
internal sealed class ReverseCreditMeasure(IDbContextOutbox<CreditDbContext> outbox, CreditFileReader files, ICurrentUnit unit, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, CreditTarget target, uint expected, ReverseCreditMeasureRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        CreditUnits.EnsureOwn(unit, target);
        var on = request.ReversedOn!.Value;
        clock.NotInFuture(on, "reversedOn");
        var note = request.Note!.Trim();
        file.Reversed(target, note, on).OrRefuse(CreditItems.Iso(file.ConvertedOn));
        await outbox.AnswerAsync(caseId, CreditTargets.Rules[target].ReversalKind, on, "已撤销修复：" + note);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
