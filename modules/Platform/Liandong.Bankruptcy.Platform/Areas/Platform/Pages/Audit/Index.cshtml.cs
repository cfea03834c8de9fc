using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Audit;

/// <summary>The county's latest state-changing requests, by user (the API pages through all of them).</summary>
[RequirePermission(PlatformPermissions.AuditView)]
internal sealed class IndexModel(PlatformDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public new string? User { get; set; }

    public IReadOnlyList<AuditRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditRequests.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(User))
        {
            query = query.Where(r => r.UserName == User.Trim());
        }

        Requests = await query.OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken);
    }
}
