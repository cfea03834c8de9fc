using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>A commendation (表扬) or an accountability record (问责) of a unit for a period (policy 三(四)).</summary>
internal sealed class AssessmentRecord : AggregateRoot, ITenantOwned
{
    private AssessmentRecord()
    {
    }

    public AssessmentRecord(UnitRef unit, AssessmentKind kind, DateOnly from, DateOnly to, string reason, DateOnly decidedOn, Guid? by)
    {
        (UnitId, UnitName, Kind, From, To, Reason, DecidedOn, RecordedBy) = (unit.Id, unit.Name, kind, from, to, reason, decidedOn, by);
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public AssessmentKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    public Guid? RecordedBy { get; private set; }
}

public enum AssessmentKind
{
    Commendation,   // 表扬
    Accountability, // 问责
}
