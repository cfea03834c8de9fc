using Liandong.Bankruptcy.Deregistration.Features.Files;
using Liandong.Bankruptcy.Deregistration.Features.Files.Apply;
using Liandong.Bankruptcy.Deregistration.Features.Files.Changes;
using Liandong.Bankruptcy.Deregistration.Features.Files.Customs;
using Liandong.Bankruptcy.Deregistration.Features.Files.Publications;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Deregistration.Areas.Deregistration.Pages;

/// <summary>
/// A case's registration file: the closing steps after a terminated liquidation (each with who does it and when it was
/// done), the status publications and the registration changes, and each side's steps as forms — the administrator's
/// (application, customs, change applications) to users who may administer, market regulation's (publications, changes
/// registered) to users who may register. Each form runs the API's use case.
/// </summary>
[RequirePermission(DeregistrationPermissions.View)]
internal sealed class CaseModel(RegistrationFileReader files) : FormPage
{
    public RegistrationFileDto Registration { get; private set; } = null!;

    public bool CanAdminister { get; private set; }

    public bool CanRegister { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostApplyAsync(Guid id, uint version, ApplyForDeregistrationRequest application, [FromServices] ApplyForDeregistration handler, CancellationToken cancellationToken) =>
        SubmitAsync(DeregistrationPermissions.Administer, application, () => handler.HandleAsync(id, version, application, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCustomsAsync(Guid id, uint version, FlagCustomsRequest customs, [FromServices] FlagCustoms handler, CancellationToken cancellationToken) =>
        SubmitAsync(DeregistrationPermissions.Administer, customs, () => handler.HandleAsync(id, version, customs, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCustomsDoneAsync(Guid id, uint version, CustomsDoneRequest customsDone, [FromServices] RecordCustomsDone handler, CancellationToken cancellationToken) =>
        SubmitAsync(DeregistrationPermissions.Administer, customsDone, () => handler.HandleAsync(id, version, customsDone, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostChangeAsync(Guid id, uint version, ApplyForChangeRequest change, [FromServices] ApplyForChange handler, CancellationToken cancellationToken) =>
        SubmitAsync(DeregistrationPermissions.Administer, change, () => handler.HandleAsync(id, version, change, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRegisteredAsync(Guid id, uint version, RegisterChangeRequest registered, [FromServices] RegisterChange handler, CancellationToken cancellationToken) =>
        SubmitAsync(DeregistrationPermissions.Register, registered, () => handler.HandleAsync(id, version, registered, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishedAsync(Guid id, uint version, RecordPublicationRequest published, [FromServices] RecordPublication handler, CancellationToken cancellationToken) =>
        SubmitAsync(DeregistrationPermissions.Register, published, () => handler.HandleAsync(id, version, published, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Registration = await files.GetAsync(id, cancellationToken);
        CanAdminister = await MayAsync(DeregistrationPermissions.Administer, cancellationToken);
        CanRegister = await MayAsync(DeregistrationPermissions.Register, cancellationToken);
    }
}
