using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// A case's creditor side, read only for now (issue 6's forms follow): the claims register with its totals, the
/// meetings with each resolution's result and arithmetic, the committee, the requests to the court and the publication duties.
/// </summary>
[RequirePermission(CasesPermissions.Claims)]
internal sealed class CreditorsModel(CasesDbContext db) : PageModel
{
    public BankruptcyCase Case { get; private set; } = null!;

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyList<CreditorsMeeting> Meetings { get; private set; } = [];

    public CreditorsCommittee? Committee { get; private set; }

    public IReadOnlyList<CourtRequest> Requests { get; private set; } = [];

    public IReadOnlyList<PublicationDuty> Publications { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await CaseEndpoints.FindAsync(id, db, cancellationToken);
        Claims = await db.Claims.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        Meetings = await db.Meetings.AsNoTracking().AsSplitQuery().Include(m => m.Resolutions).Where(m => m.CaseId == id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        Committee = await db.Committees.AsNoTracking().AsSplitQuery().Include(c => c.Members).Include(c => c.Decisions).SingleOrDefaultAsync(c => c.CaseId == id, cancellationToken);
        Requests = await db.Requests.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        Publications = await db.Publications.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
    }
}
