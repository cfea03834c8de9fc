using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features.Files.Decide;

/// <summary>Repaired (with the unit's reference: the document, the record masked …) or refused (with the reason), on a day.</summary>
internal sealed record DecideCreditMeasureRequest(bool? Repaired, string? Note, DateOnly? DecidedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Repaired is null)
        {
            errors.Add("repaired", "validation.required");
        }

        errors.RequiredText("note", Note, CreditMeasure.MaxNote);
        errors.RequiredDate("decidedOn", DecidedOn);
    }
}

/// <summary>
/// A target's unit decides on its measure: only a user of that unit's kind (the court for its lists; the tax rating is
/// decided in the Tax module). Its coordination item is answered in the same transaction.
/// </summary>
internal sealed class DecideCreditMeasure(IDbContextOutbox<CreditDbContext> outbox, CreditFileReader files, ICurrentUnit unit, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, CreditTarget target, uint expected, DecideCreditMeasureRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        CreditUnits.EnsureOwn(unit, target);
        if (target == CreditTarget.TaxCredit)
        {
            throw new BusinessException("credit.tax_decides_in_tax", 409);
        }

        var on = request.DecidedOn!.Value;
        clock.NotInFuture(on, "decidedOn");
        var note = request.Note!.Trim();
        file.Decide(target, request.Repaired!.Value, note, on).OrRefuse(CreditItems.Iso(file.Measure(target)?.RequestedOn));
        await outbox.AnswerAsync(caseId, CreditTargets.Rules[target].ItemKind, on, (request.Repaired.Value ? "已修复：" : "不予修复：") + note);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
