using Liandong.Bankruptcy.Deregistration.Domain;
using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Changes;

/// <summary>What changes, on what basis (the court's consent names its document), and the day of the application.</summary>
internal sealed record ApplyForChangeRequest(RegistrationChangeKind? Kind, string? Description, ChangeBasis? Basis, string? ConsentDocument, DateOnly? AppliedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("description", Description, RegistrationChange.MaxDescription);
        errors.Defined("basis", Basis);
        if (Basis == ChangeBasis.CourtConsent)
        {
            errors.RequiredText("consentDocument", ConsentDocument, 60);
        }
        else
        {
            errors.OptionalText("consentDocument", ConsentDocument, 60);
        }

        errors.RequiredDate("appliedOn", AppliedOn);
    }
}

/// <summary>The administrator applies for a registration change during the case (equity, legal representative …), with the court's consent or on its own application.</summary>
internal sealed class ApplyForChange(DeregistrationDbContext db, RegistrationFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, ApplyForChangeRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.AppliedOn!.Value;
        clock.NotInFuture(on, "appliedOn");
        file.ApplyForChange(request.Kind!.Value, request.Description!.Trim(), request.Basis!.Value, request.ConsentDocument?.Trim(), on)
            .OrRefuse(FileSteps.Iso(file.AcceptedOn), RegistrationFile.MaxChanges);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The change and the day market regulation registered it.</summary>
internal sealed record RegisterChangeRequest(Guid? ChangeId, DateOnly? RegisteredOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (ChangeId is null || ChangeId == Guid.Empty)
        {
            errors.Add("changeId", "validation.required");
        }

        errors.RequiredDate("registeredOn", RegisteredOn);
    }
}

/// <summary>Market regulation registers a change applied for.</summary>
internal sealed class RegisterChange(DeregistrationDbContext db, RegistrationFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, RegisterChangeRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.RegisteredOn!.Value;
        clock.NotInFuture(on, "registeredOn");
        var applied = file.Changes.SingleOrDefault(c => c.Id == request.ChangeId)?.AppliedOn;
        file.RegisterChange(request.ChangeId!.Value, on).OrRefuse(FileSteps.Iso(applied));
        await db.SaveChangesAsync(cancellationToken);
    }
}
