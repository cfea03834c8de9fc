using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Cases.Domain.Committee;

/// <summary>
/// The creditors' committee of a case (EBL arts. 67–69): at most nine members, among them one representative of the
/// employees or the trade union; its decisions, and its consent to the administrator's acts that art. 69 puts before it.
/// </summary>
internal sealed class CreditorsCommittee : AggregateRoot, ITenantOwned
{
    public const int MaxMembers = 9;

    private CreditorsCommittee()
    {
    }

    public CreditorsCommittee(Guid caseId) => CaseId = caseId;

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public List<CommitteeMember> Members { get; private set; } = [];

    public List<CommitteeDecision> Decisions { get; private set; } = [];

    /// <summary>Replaces the membership; refused beyond nine members or without an employee or union representative (art. 67).</summary>
    public CommitteeOutcome SetMembers(IReadOnlyList<(string Name, MemberRole Role)> members)
    {
        if (members.Count is 0 or > MaxMembers)
        {
            return CommitteeOutcome.TooManyOrNone;
        }

        if (!members.Any(m => m.Role is MemberRole.EmployeeRepresentative or MemberRole.UnionRepresentative))
        {
            return CommitteeOutcome.NoEmployeeRepresentative;
        }

        Members.Clear();
        Members.AddRange(members.Select((m, i) => new CommitteeMember(i + 1, m.Name, m.Role)));
        Touch();
        return CommitteeOutcome.Done;
    }

    public CommitteeOutcome Decide(DecisionKind kind, string subject, string text, DateOnly on)
    {
        if (Members.Count == 0)
        {
            return CommitteeOutcome.TooManyOrNone;
        }

        Decisions.Add(new CommitteeDecision(Decisions.Count + 1, kind, subject, text, on));
        Touch();
        return CommitteeOutcome.Done;
    }
}

internal sealed class CommitteeMember : Entity, ITenantOwned
{
    private CommitteeMember()
    {
    }

    public CommitteeMember(int position, string name, MemberRole role) => (Position, Name, Role) = (position, name, role);

    public Guid TenantId { get; private set; }

    public Guid CommitteeId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public MemberRole Role { get; private set; }
}

internal sealed class CommitteeDecision : Entity, ITenantOwned
{
    private CommitteeDecision()
    {
    }

    public CommitteeDecision(int number, DecisionKind kind, string subject, string text, DateOnly on) => (Number, Kind, Subject, Text, On) = (number, kind, subject, text, on);

    public Guid TenantId { get; private set; }

    public Guid CommitteeId { get; private set; }

    public int Number { get; private set; }

    public DecisionKind Kind { get; private set; }

    public string Subject { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateOnly On { get; private set; }
}

public enum MemberRole
{
    Creditor,
    EmployeeRepresentative,
    UnionRepresentative,
}

public enum DecisionKind
{
    Resolution, // a decision within the powers the meeting gave it (art. 68)
    Consent,    // its consent to an act of the administrator that art. 69 puts before it
    Objection,  // its objection to such an act
}

public enum CommitteeOutcome
{
    Done,
    [Refusal(422, "cases.committee_size")]
    TooManyOrNone,
    [Refusal(422, "cases.committee_without_employees")]
    NoEmployeeRepresentative,
}
