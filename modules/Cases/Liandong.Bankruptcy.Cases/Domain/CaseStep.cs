using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>One step of a case's timeline.</summary>
internal sealed class CaseStep : Entity, ITenantOwned
{
    private CaseStep()
    {
    }

    public CaseStep(int position, CaseAction action, LegalBasis basis, CaseState from, CaseState to, Ruling ruling, Guid? by, DateTimeOffset at)
    {
        Position = position;
        Action = action;
        Basis = basis;
        FromState = from;
        ToState = to;
        RulingNumber = ruling.Number;
        RulingDate = ruling.Date;
        RulingKind = ruling.Kind;
        By = by;
        At = at;
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Position { get; private set; }

    public CaseAction Action { get; private set; }

    public LegalBasis Basis { get; private set; }

    public CaseState FromState { get; private set; }

    public CaseState ToState { get; private set; }

    public string RulingNumber { get; private set; } = "";

    public DateOnly RulingDate { get; private set; }

    public string RulingKind { get; private set; } = "";

    public Guid? By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
