using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Customs;

/// <summary>Whether the debtor is registered with customs (an import and export consignor).</summary>
internal sealed record FlagCustomsRequest(bool? Registered) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Registered is null)
        {
            errors.Add("registered", "validation.required");
        }
    }
}

/// <summary>The administrator flags (or clears) the debtor's customs registration: a closing step for customs where flagged.</summary>
internal sealed class FlagCustoms(DeregistrationDbContext db, RegistrationFileReader files)
{
    public async Task HandleAsync(Guid caseId, uint expected, FlagCustomsRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.FlagCustoms(request.Registered!.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Customs' notice that the debtor's customs registration is cancelled, and its date.</summary>
internal sealed record CustomsDoneRequest(string? Document, DateOnly? DoneOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("document", Document, 60);
        errors.RequiredDate("doneOn", DoneOn);
    }
}

/// <summary>The administrator records customs' cancellation of the debtor's registration (the county's unit list has no customs office to send an item to).</summary>
internal sealed class RecordCustomsDone(Wolverine.EntityFrameworkCore.IDbContextOutbox<DeregistrationDbContext> outbox, RegistrationFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, CustomsDoneRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.DoneOn!.Value;
        clock.NotInFuture(on, "doneOn");
        var outcome = file.CustomsDone(request.Document!.Trim(), on).OrRefuse(FileSteps.Iso(file.TerminatedOn));
        await outbox.CompleteIfLastAsync(file, outcome);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
