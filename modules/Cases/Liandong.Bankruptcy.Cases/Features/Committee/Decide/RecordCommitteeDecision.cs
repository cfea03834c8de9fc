using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Cases.Features.Committee.Decide;

/// <summary>A decision with the number of members who voted for it.</summary>
internal sealed record DecisionRequest(DecisionKind? Kind, string? Subject, string? Text, DateOnly? On, int? VotesFor) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (VotesFor is not (>= 0 and <= CreditorsCommittee.MaxMembers))
        {
            errors.Add("votesFor", "validation.range", 0, CreditorsCommittee.MaxMembers);
        }

        errors.Defined("kind", Kind);
        errors.RequiredText("subject", Subject, 200);
        errors.RequiredText("text", Text, 4000);
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>
/// Records a decision or consent of the committee (it must have members), numbered in the committee; decisions never
/// conflict, so no version is asked, and two recorded at the same moment both succeed (<see cref="Numbering"/>).
/// </summary>
internal sealed class RecordCommitteeDecision(CasesDbContext db)
{
    public Task HandleAsync(Guid caseId, DecisionRequest request, CancellationToken cancellationToken) =>
        db.SaveNumberedAsync(async () =>
        {
            var committee = await db.CommitteeOfAsync(caseId, tracked: true, cancellationToken)
                            ?? throw BusinessException.Rule("cases.committee_size", CreditorsCommittee.MaxMembers);
            committee.Decide(request.Kind!.Value, request.Subject!.Trim(), request.Text!.Trim(), request.On!.Value, request.VotesFor!.Value)
                .OrRefuse(CreditorsCommittee.MaxMembers, committee.Members.Count);
            return committee;
        }, cancellationToken);
}
