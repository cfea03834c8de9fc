using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Cases.Features.Claims.Declare;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Features.Committee.Decide;
using Liandong.Bankruptcy.Cases.Features.Committee.Members;
using Liandong.Bankruptcy.Cases.Features.Meetings.Convene;
using Liandong.Bankruptcy.Cases.Features.Publications.Published;
using Liandong.Bankruptcy.Cases.Features.Requests.Reply;
using Liandong.Bankruptcy.Cases.Features.Requests.Submit;
using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// A case's creditor side: the claims register with its totals (each line opens its review page) and the declaration
/// form; the meetings (each opens its ballots and tally) and the convening form; the committee; the requests to the
/// court and their replies; the publication duties, each markable as published. Forms show as the user's rights allow.
/// </summary>
[RequirePermission(CasesPermissions.Claims)]
[PostRequiresPermission(CasesPermissions.Claims)]
internal sealed class CreditorsModel(CaseReader cases, CasesDbContext db) : FormPage
{
    public BankruptcyCase Case { get; private set; } = null!;

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyList<CreditorsMeeting> Meetings { get; private set; } = [];

    public CreditorsCommittee? Committee { get; private set; }

    public IReadOnlyList<CourtRequest> Requests { get; private set; } = [];

    public IReadOnlyList<PublicationDuty> Publications { get; private set; } = [];

    protected override string? ManagePermission => CasesPermissions.ManageClaims;

    public bool CanConvene { get; private set; }

    public bool CanSeeRequests { get; private set; }

    public bool CanSubmit { get; private set; }

    public bool CanReply { get; private set; }

    public bool CanPublish { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostDeclareAsync(Guid id, DeclareClaimRequest claim, [FromServices] DeclareClaim declare, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ManageClaims, claim, () => declare.HandleAsync(id, claim.ToDeclaration(), null, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConveneAsync(Guid id, ConveneRequest meeting, [FromServices] ConveneMeeting conveneMeeting, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Meetings, meeting, () => conveneMeeting.HandleAsync(id, meeting, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMembersAsync(
        Guid id, uint version, List<MemberRequest> members, RulingRequest? approval, [FromServices] SetCommitteeMembers setCommitteeMembers, CancellationToken cancellationToken)
    {
        var approved = approval is null || (string.IsNullOrWhiteSpace(approval.Number) && approval.Date is null) ? null : approval;
        var request = new MembersRequest([.. members.Where(m => !string.IsNullOrWhiteSpace(m.Name))], approved);
        return SubmitAsync(CasesPermissions.ManageClaims, request, () => setCommitteeMembers.HandleAsync(id, version, request, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostDecideAsync(Guid id, DecisionRequest decision, [FromServices] RecordCommitteeDecision recordCommitteeDecision, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ManageClaims, decision, () => recordCommitteeDecision.HandleAsync(id, decision, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRequestAsync(Guid id, SubmitRequest request, [FromServices] SubmitCourtRequest submitCourtRequest, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.SubmitRequests, request, () => submitCourtRequest.HandleAsync(id, request, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReplyAsync(Guid id, Guid requestId, uint version, ReplyRequest reply, [FromServices] ReplyToCourtRequest replyToCourtRequest, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.ReplyRequests, reply, () => replyToCourtRequest.HandleAsync(requestId, version, reply, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishedAsync(Guid id, Guid dutyId, uint version, PublishedRequest published, [FromServices] MarkPublished markPublished, CancellationToken cancellationToken) =>
        SubmitAsync(CasesPermissions.Publish, published, () => markPublished.HandleAsync(dutyId, version, published, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await cases.FindAsync(id, cancellationToken);
        Claims = await db.Claims.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        Meetings = await db.Meetings.AsNoTracking().AsSplitQuery().Include(m => m.Resolutions).Where(m => m.CaseId == id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        Committee = await db.Committees.AsNoTracking().AsSplitQuery().Include(c => c.Members).Include(c => c.Decisions).SingleOrDefaultAsync(c => c.CaseId == id, cancellationToken);
        CanSeeRequests = await MayAsync(CasesPermissions.Requests, cancellationToken);
        Requests = CanSeeRequests ? await db.Requests.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.Number).ToListAsync(cancellationToken) : [];
        Publications = await db.Publications.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartsOn).ThenBy(p => p.Kind).ToListAsync(cancellationToken);
        CanConvene = await MayAsync(CasesPermissions.Meetings, cancellationToken);
        CanSubmit = await MayAsync(CasesPermissions.SubmitRequests, cancellationToken);
        CanReply = await MayAsync(CasesPermissions.ReplyRequests, cancellationToken);
        CanPublish = await MayAsync(CasesPermissions.Publish, cancellationToken);
    }
}
