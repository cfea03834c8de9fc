using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Items.Comment;
using Liandong.Bankruptcy.Coordination.Features.Items.Complete;
using Liandong.Bankruptcy.Coordination.Features.Items.Consent;
using Liandong.Bankruptcy.Coordination.Features.Items.Reassign;
using Liandong.Bankruptcy.Coordination.Features.Items.Return;
using Liandong.Bankruptcy.Coordination.Features.Items.SignFor;
using Liandong.Bankruptcy.Coordination.Features.Items.Start;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>
/// One item: what, for whom, by when, its history and thread; the unit's work (sign for, start, complete with a result
/// and attachments, return), the office's reassignment and the leadership group's consent, as the user's rights allow.
/// Each form carries the item's version; handlers check their own permission and call the same handlers as the API.
/// </summary>
[RequirePermission(CoordinationPermissions.Items)]
[PostRequiresPermission(CoordinationPermissions.Items)]
internal sealed class ItemModel(
    ItemReader items, IPermissionChecker permissions, ICurrentUnit unit, IUnitDirectory units, TimeProvider clock, IEnumerable<ItemWorkPage> workPages) : FormPage
{
    public CoordinationItem Item { get; private set; } = null!;

    public bool Overdue { get; private set; }

    public bool IsMine { get; private set; }

    public bool CanWork { get; private set; }

    public bool CanConsent { get; private set; }

    public bool CanReassign { get; private set; }

    /// <summary>Whether the user may open the case page (the court, the office; a unit officer sees the case through the item only).</summary>
    public bool CanSeeCase { get; private set; }

    /// <summary>The page of the module that does this item's work (the case's tax page for a tax item), when the user may open it.</summary>
    public string? WorkPage { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public ItemContext Context { get; private set; } = null!;

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostSignAsync(Guid id, [FromServices] SignForItem sign, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.Work, null, () => sign.HandleAsync(id, Version, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, [FromServices] StartItem start, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.Work, null, () => start.HandleAsync(id, Version, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    /// <summary>The result and, when given, a file beside it: one transaction, so a refused file leaves the item as it was.</summary>
    public Task<IActionResult> OnPostCompleteAsync(Guid id, [FromServices] CompleteItem complete, CancellationToken cancellationToken)
    {
        var request = new CompleteRequest(Text);
        return SubmitAsync(CoordinationPermissions.Work, request, async () =>
        {
            if (Attachment is { Length: > 0 } file)
            {
                await using var stream = file.OpenReadStream();
                await complete.HandleAsync(id, Version, request, new FileUpload(file.FileName, stream), cancellationToken);
            }
            else
            {
                await complete.HandleAsync(id, Version, request, null, cancellationToken);
            }
        }, () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id, [FromServices] ReturnItem handler, CancellationToken cancellationToken)
    {
        var request = new ReturnRequest(Text);
        return SubmitAsync(CoordinationPermissions.Work, request, () => handler.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostConsentAsync(Guid id, bool consented, [FromServices] ConsentToItem consent, CancellationToken cancellationToken)
    {
        var request = new ConsentRequest(consented, Text);
        return SubmitAsync(CoordinationPermissions.Consent, request, () => consent.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostReassignAsync(Guid id, [FromServices] ReassignItem reassign, CancellationToken cancellationToken)
    {
        var request = new ReassignRequest(UnitId);
        return SubmitAsync(CoordinationPermissions.Oversee, request, () => reassign.HandleAsync(id, Version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostCommentAsync(Guid id, [FromServices] CommentOnItem comment, CancellationToken cancellationToken)
    {
        var request = new CommentRequest(Text);
        return SubmitAsync(CoordinationPermissions.Items, request, () => comment.HandleAsync(id, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await items.FindAsync(id, cancellationToken);
        Context = await items.ContextAsync(Item, cancellationToken);
        Overdue = Item.IsOverdue(Platform.Time.BusinessClock.Today(clock));
        IsMine = unit.Unit?.Id == Item.UnitId;
        CanSeeCase = await permissions.IsGrantedAsync(User, Cases.Contracts.CasesPermissions.View, cancellationToken);
        WorkPage = null;
        if (Item.CaseId is { } caseId && workPages.FirstOrDefault(w => Item.Kind.StartsWith(w.KindPrefix, StringComparison.Ordinal)) is { } work
            && await permissions.IsGrantedAsync(User, work.Permission, cancellationToken))
        {
            WorkPage = string.Format(System.Globalization.CultureInfo.InvariantCulture, work.UrlFormat, caseId);
        }
        CanWork = IsMine && await permissions.IsGrantedAsync(User, CoordinationPermissions.Work, cancellationToken);
        CanConsent = Item.Status == ItemStatus.PendingConsent && await permissions.IsGrantedAsync(User, CoordinationPermissions.Consent, cancellationToken);
        CanReassign = (Item.IsOpen || Item.Status == ItemStatus.Returned) && await permissions.IsGrantedAsync(User, CoordinationPermissions.Oversee, cancellationToken);
        if (CanReassign)
        {
            Units = [.. (await units.ActiveAsync(cancellationToken)).Where(u => u.Id != Item.UnitId)];
        }
    }
}
