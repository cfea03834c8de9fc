using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Apply;

/// <summary>The registry applied to (the debtor's original registration authority) and the day of the application.</summary>
internal sealed record ApplyForDeregistrationRequest(string? Registry, DateOnly? AppliedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("registry", Registry, 100);
        errors.RequiredDate("appliedOn", AppliedOn);
    }
}

/// <summary>
/// The administrator applies to the debtor's original registry for deregistration with the termination ruling, within
/// 10 days of it (art. 121; registration regulation art. 34 — the ordinary route: the simplified one is not for bankrupt
/// debtors). Late applications are kept and marked late. The last closing step publishes <see cref="DeregistrationCompleted"/>.
/// </summary>
internal sealed class ApplyForDeregistration(IDbContextOutbox<DeregistrationDbContext> outbox, RegistrationFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, ApplyForDeregistrationRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.AppliedOn!.Value;
        clock.NotInFuture(on, "appliedOn");
        var outcome = file.Apply(request.Registry!.Trim(), on).OrRefuse(FileSteps.Iso(file.TerminatedOn));
        await outbox.CompleteIfLastAsync(file, outcome);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
