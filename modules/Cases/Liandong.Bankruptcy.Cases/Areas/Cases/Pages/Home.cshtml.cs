using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Cases.Features.Deadlines.Open;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// The judge's desk (the home page of users who advance cases): the cases they preside over (by the name the county
/// knows them by), and those cases' overdue and upcoming deadlines (30 days ahead).
/// </summary>
[RequirePermission(CasesPermissions.Advance)]
internal sealed class HomeModel(CaseList list, OpenDeadlines open, IAuditContext audit, IMemberDirectory members) : PageModel
{
    public string? Judge { get; private set; }

    public ListResponse<CaseSummary> Cases { get; private set; } = new([], null);

    public IReadOnlyList<OpenDeadlineDto> Overdue { get; private set; } = [];

    public IReadOnlyList<OpenDeadlineDto> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Judge = audit.UserId is { } me ? await members.DisplayNameAsync(me, cancellationToken) : null;
        Cases = await list.ListAsync(new PageRequest(PageRequest.DefaultLimit, null), new CaseFilter(null, null, Judge ?? "", null, null), cancellationToken);
        var deadlines = await open.ListAsync(null, Judge ?? "", new PageRequest(PageRequest.MaxLimit, null), cancellationToken);
        Overdue = [.. deadlines.Items.Where(d => d.Overdue)];
        Upcoming = [.. deadlines.Items.Where(d => !d.Overdue)];
    }
}
