using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Meetings.Schedule;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>The county's coordination meetings, newest first; the office schedules one (its units, the cases it concerns).</summary>
[RequirePermission(CoordinationPermissions.Meetings)]
[PostRequiresPermission(CoordinationPermissions.ManageMeetings)]
internal sealed class MeetingsModel(CoordinationDbContext db, IUnitDirectory units) : FormPage
{
    public IReadOnlyList<CoordinationMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public IReadOnlyList<CaseProjection> Cases { get; private set; } = [];

    protected override string? ManagePermission => CoordinationPermissions.ManageMeetings;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(ScheduleMeetingRequest meeting, [FromServices] ScheduleMeeting schedule, CancellationToken cancellationToken) =>
        SubmitThenGoAsync(CoordinationPermissions.ManageMeetings, meeting, async () => $"/coordination/meetings/{await schedule.HandleAsync(meeting, cancellationToken)}",
            () => LoadAsync(cancellationToken), cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        if (CanManage)
        {
            Units = await units.ActiveAsync(cancellationToken);
            Cases = await db.RecentCasesAsync(cancellationToken);
        }
    }
}
