using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>
/// One item: what, for whom, by when, its history and thread; the unit's work (sign for, start, complete with a result
/// and attachments, return), the office's reassignment and the leadership group's consent, as the user's rights allow.
/// Each form carries the item's version; handlers check their own permission (they call the same code as the API).
/// </summary>
[RequirePermission(CoordinationPermissions.Items)]
[PostRequiresPermission(CoordinationPermissions.Items)]
internal sealed class ItemModel(
    CoordinationDbContext db, IItemWork work, IPermissionChecker permissions, ICurrentUnit unit, IUnitDirectory units, IAuditContext audit,
    IMemberDirectory members, TimeProvider clock) : PageModel
{
    public CoordinationItem Item { get; private set; } = null!;

    public bool Overdue { get; private set; }

    public bool IsMine { get; private set; }

    public bool CanWork { get; private set; }

    public bool CanConsent { get; private set; }

    public bool CanReassign { get; private set; }

    /// <summary>Whether the user may open the case page (the court, the office; a unit officer sees the case through the item only).</summary>
    public bool CanSeeCase { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostSignAsync(Guid id, CancellationToken cancellationToken) =>
        WithAsync(CoordinationPermissions.Work, () => WorkAsync(id, null, () => work.ActAsync(id, Version, ItemWorkAction.SignFor, null, cancellationToken), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        WithAsync(CoordinationPermissions.Work, () => WorkAsync(id, null, () => work.ActAsync(id, Version, ItemWorkAction.Start, null, cancellationToken), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new CompleteRequest(Text);
        return WithAsync(CoordinationPermissions.Work, () => WorkAsync(id, request, async () =>
        {
            if (Attachment is { Length: > 0 } file)
            {
                await using var stream = file.OpenReadStream();
                await ThreadEndpoints.AttachAsync(id, file.FileName, stream, db, audit, unit, clock, cancellationToken);
                Version = (await ItemEndpoints.FindAsync(id, db, cancellationToken)).Version; // the attachment touched the item
            }

            await work.ActAsync(id, Version, ItemWorkAction.Complete, Text, cancellationToken);
        }, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) =>
        WithAsync(CoordinationPermissions.Work, () => WorkAsync(id, new ReturnRequest(Text), () => work.ActAsync(id, Version, ItemWorkAction.Return, Text, cancellationToken), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConsentAsync(Guid id, bool consented, CancellationToken cancellationToken) =>
        WithAsync(CoordinationPermissions.Consent, () => WorkAsync(id, null, () => work.DecideAsync(id, Version, new ConsentRequest(consented, Text), cancellationToken), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReassignAsync(Guid id, CancellationToken cancellationToken) =>
        WithAsync(CoordinationPermissions.Oversee, () => WorkAsync(id, new ReassignRequest(UnitId), () => work.ReassignAsync(id, Version, UnitId!.Value, cancellationToken), cancellationToken), cancellationToken);

    /// <summary>The handler's own permission, as the API endpoint it mirrors requires it (the page's POST needs only the view permission).</summary>
    private async Task<IActionResult> WithAsync(string permission, Func<Task<IActionResult>> handler, CancellationToken cancellationToken) =>
        await permissions.IsGrantedAsync(User, permission, cancellationToken) ? await handler() : Forbid();

    public Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new CommentRequest(Text);
        return WorkAsync(id, request, () => ThreadEndpoints.CommentAsync(id, request, db, audit, members, clock, cancellationToken), cancellationToken);
    }

    /// <summary>Validates, runs the same code as the API, and shows the item again (with the errors when it refused).</summary>
    private async Task<IActionResult> WorkAsync(Guid id, IValidatable? request, Func<Task> change, CancellationToken cancellationToken)
    {
        var localizer = ModuleMessages.For(HttpContext);
        if ((request is null || PageErrors.Validate(request, ModelState, localizer)) && await PageErrors.TryAsync(change, ModelState, localizer))
        {
            return Redirect($"/coordination/items/{id}");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await ItemEndpoints.FindAsync(id, db, cancellationToken);
        Overdue = Item.IsOverdue(Platform.Time.BusinessClock.Today(clock));
        IsMine = unit.Unit?.Id == Item.UnitId;
        CanSeeCase = await permissions.IsGrantedAsync(User, Cases.CasesPermissions.View, cancellationToken);
        CanWork = IsMine && await permissions.IsGrantedAsync(User, CoordinationPermissions.Work, cancellationToken);
        CanConsent = Item.Status == ItemStatus.PendingConsent && await permissions.IsGrantedAsync(User, CoordinationPermissions.Consent, cancellationToken);
        CanReassign = (Item.IsOpen || Item.Status == ItemStatus.Returned) && await permissions.IsGrantedAsync(User, CoordinationPermissions.Oversee, cancellationToken);
        if (CanReassign)
        {
            Units = [.. (await units.ActiveAsync(cancellationToken)).Where(u => u.Id != Item.UnitId)];
        }
    }
}
