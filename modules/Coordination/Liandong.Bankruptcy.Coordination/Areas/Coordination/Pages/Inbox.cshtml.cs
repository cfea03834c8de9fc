using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Items.Inbox;
using Liandong.Bankruptcy.Coordination.Features.Notifications;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>A unit officer's home page: the unit's open items by due date (overdue first), filtered by case; the officer's notifications.</summary>
[RequirePermission(CoordinationPermissions.Work)]
[PostRequiresPermission(CoordinationPermissions.Items)]
internal sealed class InboxModel(UnitInbox inbox, NotificationInbox notifications, ICurrentUnit unit) : PageModel
{
    /// <summary>Rows a page of the inbox shows: a screen or two, not a 9,000-pixel page on a phone.</summary>
    public const int PageSize = 20;

    /// <summary>Notifications shown at once; the older ones fold away.</summary>
    public const int NotificationsShown = 10;

    public ListResponse<ItemSummary> Items { get; private set; } = new([], null);

    public NotificationsDto Notifications { get; private set; } = new(0, []);

    public bool HasUnit { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? CaseNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CaseState { get; set; }

    /// <summary>Open and overdue items in each county the officer works in (shown when there are several).</summary>
    public IReadOnlyList<CountyCountDto> Counties { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HasUnit = unit.Unit is not null;
        if (HasUnit)
        {
            Items = await inbox.ListAsync(new PageRequest(PageSize, Cursor), new InboxFilter(CaseNumber, CaseState, null, Overdue ? true : null), cancellationToken);
        }

        Notifications = await notifications.ListAsync(cancellationToken);
        Counties = await NotificationInbox.CountsAsync(HttpContext, cancellationToken);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("MarkNotificationsRead")]
    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(cancellationToken);
        return Redirect("/coordination/inbox");
    }
}
