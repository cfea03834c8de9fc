using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Deregistration.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Publications;

/// <summary>The step whose status was published, and the day.</summary>
internal sealed record RecordPublicationRequest(Guid? PublicationId, DateOnly? PublishedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (PublicationId is null || PublicationId == Guid.Empty)
        {
            errors.Add("publicationId", "validation.required");
        }

        errors.RequiredDate("publishedOn", PublishedOn);
    }
}

/// <summary>
/// Market regulation records that a step's bankruptcy status was published on the enterprise credit publicity system
/// (within 10 days of the step); the acceptance's publication completes the case's publication item.
/// </summary>
internal sealed class RecordPublication(IDbContextOutbox<DeregistrationDbContext> outbox, RegistrationFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, RecordPublicationRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.PublishedOn!.Value;
        clock.NotInFuture(on, "publishedOn");
        var publication = file.Publications.SingleOrDefault(p => p.Id == request.PublicationId);
        file.Published(request.PublicationId!.Value, on).OrRefuse(FileSteps.Iso(publication?.StepOn));
        if (publication!.Step.StartsWith("Accept", StringComparison.Ordinal))
        {
            await outbox.PublishAsync(new ItemKindDone(caseId, ItemKinds.PublishBankruptcy, on, $"已于{FileSteps.Iso(on)}公示破产受理信息"));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
