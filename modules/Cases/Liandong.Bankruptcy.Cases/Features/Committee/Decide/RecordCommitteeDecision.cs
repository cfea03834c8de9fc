using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Committee.Decide;

internal sealed record DecisionRequest(DecisionKind? Kind, string? Subject, string? Text, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("subject", Subject, 200);
        errors.RequiredText("text", Text, 4000);
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>Records a decision or consent of the committee (it must have members); decisions never conflict, so no version is asked.</summary>
internal sealed class RecordCommitteeDecision(CasesDbContext db)
{
    public async Task HandleAsync(Guid caseId, DecisionRequest request, CancellationToken cancellationToken)
    {
        var committee = await db.CommitteeOfAsync(caseId, tracked: true, cancellationToken) ?? throw BusinessException.Rule("cases.committee_size", CreditorsCommittee.MaxMembers);
        committee.Decide(request.Kind!.Value, request.Subject!.Trim(), request.Text!.Trim(), request.On!.Value).OrRefuse(CreditorsCommittee.MaxMembers);
        await db.SaveChangesAsync(cancellationToken);
    }
}
