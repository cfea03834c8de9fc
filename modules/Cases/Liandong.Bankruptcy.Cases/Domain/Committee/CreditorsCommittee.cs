using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Cases.Domain.Committee;

/// <summary>
/// The creditors' committee of a case (EBL arts. 67–69): at most nine members, among them one representative of the
/// employees or the trade union, who serve once the court approves them by decision (art. 67(2)); its decisions, and
/// its consent to the administrator's acts that art. 69 puts before it, each adopted by a majority of all its members
/// (SPC Interpretation III art. 13).
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

    /// <summary>The court's decision approving the membership (art. 67(2)); none while the members await it.</summary>
    public Ruling? Approval { get; private set; }

    /// <summary>
    /// Replaces the membership, approved by the court's decision when one is given (else it awaits approval); refused
    /// beyond nine members or without an employee or union representative (art. 67).
    /// </summary>
    public CommitteeOutcome SetMembers(IReadOnlyList<(string Name, MemberRole Role)> members, Ruling? approval)
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
        Approval = approval;
        Touch();
        return CommitteeOutcome.Done;
    }

    /// <summary>
    /// Records a decision adopted by <paramref name="votesFor"/> members: only by an approved committee (art. 67(2)), and
    /// only with more than half of all its members for it (Interpretation III art. 13), never more than it has.
    /// </summary>
    public CommitteeOutcome Decide(DecisionKind kind, string subject, string text, DateOnly on, int votesFor)
    {
        if (Members.Count == 0)
        {
            return CommitteeOutcome.TooManyOrNone;
        }

        if (Approval is null)
        {
            return CommitteeOutcome.NotApproved;
        }

        if (votesFor * 2 <= Members.Count || votesFor > Members.Count)
        {
            return CommitteeOutcome.NoMajority;
        }

        Decisions.Add(new CommitteeDecision(Decisions.Count + 1, kind, subject, text, on, votesFor));
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

    public CommitteeDecision(int number, DecisionKind kind, string subject, string text, DateOnly on, int votesFor) =>
        (Number, Kind, Subject, Text, On, VotesFor) = (number, kind, subject, text, on, votesFor);

    public Guid TenantId { get; private set; }

    public Guid CommitteeId { get; private set; }

    public int Number { get; private set; }

    public DecisionKind Kind { get; private set; }

    public string Subject { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateOnly On { get; private set; }

    /// <summary>The members who voted for it (more than half of all members).</summary>
    public int VotesFor { get; private set; }
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
    [Refusal(422, "cases.committee_not_approved")]
    NotApproved,
    [Refusal(422, "cases.committee_majority")]
    NoMajority,
}
