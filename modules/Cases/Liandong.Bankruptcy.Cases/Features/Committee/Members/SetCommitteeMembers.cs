using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Committee.Members;

internal sealed record MemberRequest(string? Name, MemberRole? Role);

/// <summary>The members, and the court's decision approving them (art. 67(2)) when it has been made.</summary>
internal sealed record MembersRequest([property: MaxItems(20)] IReadOnlyList<MemberRequest>? Members, RulingRequest? Approval = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Approval is not null)
        {
            RulingRequest.Validate(errors, "approval", Approval);
        }

        if (Members is null)
        {
            errors.Add("members", "validation.required");
            return;
        }

        for (var i = 0; i < Members.Count; i++)
        {
            errors.RequiredText($"members[{i}].name", Members[i].Name, 200);
            errors.Defined($"members[{i}].role", Members[i].Role);
        }
    }
}

/// <summary>Sets the committee's members (at most nine, with an employee or union representative, art. 67); creates the committee at version 0.</summary>
internal sealed class SetCommitteeMembers(CasesDbContext db)
{
    public async Task HandleAsync(Guid caseId, uint expected, MembersRequest request, CancellationToken cancellationToken)
    {
        var committee = db.ExpectVersionOrAdd(await db.CommitteeOfAsync(caseId, tracked: true, cancellationToken), expected, () => new CreditorsCommittee(caseId));
        var approval = request.Approval is { } a ? new Ruling(a.Number!.Trim(), a.Date!.Value, a.Kind!.Trim()) : null;
        committee.SetMembers([.. request.Members!.Select(m => (m.Name!.Trim(), m.Role!.Value))], approval).OrRefuse(CreditorsCommittee.MaxMembers);
        await db.SaveChangesAsync(cancellationToken);
    }
}
