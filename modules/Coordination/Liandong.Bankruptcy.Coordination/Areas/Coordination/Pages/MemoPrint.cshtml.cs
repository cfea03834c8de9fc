using Liandong.Bankruptcy.Coordination.Features.Meetings;
using Liandong.Bankruptcy.Coordination.Features.Meetings.Memo;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>The meeting's memo on one page as it prints: the 会议纪要 in the GB/T 9704 layout, the same document as the Word download.</summary>
[RequirePermission(CoordinationPermissions.Meetings)]
internal sealed class MemoPrintModel(MeetingReader meetings, IUnitDirectory units, TimeProvider clock) : PageModel
{
    public MeetingDto Meeting { get; private set; } = null!;

    public OfficialDocument Document { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Meeting = await meetings.GetAsync(id, cancellationToken);
        Document = MemoDocument.Official(Meeting, await MemoDocument.OfficeAsync(units, cancellationToken), clock.Today());
    }
}
