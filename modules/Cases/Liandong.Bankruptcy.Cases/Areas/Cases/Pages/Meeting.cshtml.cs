using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Features.Meetings;
using Liandong.Bankruptcy.Cases.Features.Meetings.Cast;
using Liandong.Bankruptcy.Cases.Features.Meetings.Minutes;
using Liandong.Bankruptcy.Cases.Features.Meetings.Propose;
using Liandong.Bankruptcy.Cases.Features.Meetings.Revote;
using Liandong.Bankruptcy.Cases.Features.Meetings.Rule;
using Liandong.Bankruptcy.Cases.Features.Meetings.Tally;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// One creditors' meeting, printable as its minutes: the resolutions with their ballots, each tally's arithmetic and who
/// had no vote and why, the court's rulings on what failed, the recorded minutes; and, as the user's rights allow, the
/// forms to propose a resolution, record ballots (in person or remote), tally, vote a rejected plan again (art. 87),
/// record the court's ruling (arts. 65, 87(2)) and the minutes.
/// </summary>
[RequirePermission(CasesPermissions.Claims)]
[PostRequiresPermission(CasesPermissions.Claims)]
internal sealed class MeetingModel(MeetingReader meetings, CasesDbContext db) : FormPage
{
    public CreditorsMeeting Meeting { get; private set; } = null!;

    public string CaseNumber { get; private set; } = "";

    public IReadOnlyList<Claim> Register { get; private set; } = [];

    public bool CanRun { get; private set; }

    public bool CanRule { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostProposeAsync(Guid id, uint version, ResolutionRequest resolution, [FromServices] ProposeResolution proposeResolution, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Meetings, resolution, () => proposeResolution.HandleAsync(id, version, resolution, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBallotAsync(Guid id, uint version, BallotRequest ballot, [FromServices] CastBallot castBallot, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Meetings, ballot, () => castBallot.HandleAsync(id, version, ballot, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTallyAsync(Guid id, uint version, TallyRequest tally, [FromServices] TallyResolution tallyResolution, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Meetings, tally, () => tallyResolution.HandleAsync(id, version, tally, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRevoteAsync(Guid id, uint version, RevoteRequest revote, [FromServices] RevoteResolution revoteResolution, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Meetings, revote, () => revoteResolution.HandleAsync(id, version, revote, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMinutesAsync(Guid id, uint version, MinutesRequest minutes, [FromServices] RecordMinutes recordMinutes, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Meetings, minutes, () => recordMinutes.HandleAsync(id, version, minutes, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRulingAsync(Guid id, uint version, MeetingRulingRequest ruling, [FromServices] RuleOnResolution ruleOnResolution, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Advance, ruling, () => ruleOnResolution.HandleAsync(id, version, ruling, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Meeting = await meetings.FindAsync(id, cancellationToken);
        CaseNumber = await db.Cases.Where(c => c.Id == Meeting.CaseId).Select(c => c.CaseNumber).SingleAsync(cancellationToken);
        Register = await db.Claims.AsNoTracking().Where(c => c.CaseId == Meeting.CaseId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        CanRun = await MayAsync(CasesPermissions.Meetings, cancellationToken);
        CanRule = await MayAsync(CasesPermissions.Advance, cancellationToken);
    }
}
