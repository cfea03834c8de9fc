using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Features.Calendar;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Calendar;

/// <summary>The county's holiday calendar of a year; entries added and removed by its administrator.</summary>
[RequirePermission(PlatformPermissions.CalendarView)]
[PostRequiresPermission(PlatformPermissions.CalendarManage)]
internal sealed class IndexModel(PlatformDbContext db, IDbContextOutbox<PlatformDbContext> outbox, TimeProvider clock) : FormPage
{
    protected override string? ManagePermission => PlatformPermissions.CalendarManage;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<HolidayDto> Days { get; private set; } = [];

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public HolidayKind? Kind { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("AddHoliday")]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new HolidayRequest(Date, Kind, Note);
        return SubmitThenGoAsync(PlatformPermissions.CalendarManage, request, async () =>
        {
            await CalendarEndpoints.Create(request, outbox, cancellationToken);
            return $"/platform/calendar?year={Date!.Value.Year}";
        }, () => LoadAsync(cancellationToken), cancellationToken);
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("DeleteHoliday")]
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        await CalendarEndpoints.Delete(id, outbox, cancellationToken);
        return Redirect($"/platform/calendar?year={Year}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year = Year is >= 2000 and <= 2100 ? Year : Time.BusinessClock.Today(clock).Year;
        Days = (await CalendarEndpoints.List(Year, db, clock, cancellationToken)).Value!;
    }
}
