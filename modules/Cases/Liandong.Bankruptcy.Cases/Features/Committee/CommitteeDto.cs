using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.Committee;

/// <summary>The committee as its GET and every write on it answer: members and decisions.</summary>
internal sealed record MemberDto(int Position, string Name, MemberRole Role);

internal sealed record DecisionDto(int Number, DecisionKind Kind, string Subject, string Text, DateOnly On, int VotesFor);

internal sealed record CommitteeDto(IReadOnlyList<MemberDto> Members, Domain.Ruling? Approval, IReadOnlyList<DecisionDto> Decisions, uint Version) : IVersioned
{
    public static CommitteeDto From(CreditorsCommittee c) => new(
        [.. c.Members.OrderBy(m => m.Position).Select(m => new MemberDto(m.Position, m.Name, m.Role))], c.Approval,
        [.. c.Decisions.OrderBy(d => d.Number).Select(d => new DecisionDto(d.Number, d.Kind, d.Subject, d.Text, d.On, d.VotesFor))], c.Version);
}
