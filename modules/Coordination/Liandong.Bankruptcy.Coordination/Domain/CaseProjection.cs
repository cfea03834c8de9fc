using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// What Coordination keeps of a case from Cases' events, so the inbox can filter and sort by case fields without
/// reading another module's tables (architecture.md, rule 3).
/// </summary>
internal sealed class CaseProjection : Entity, ITenantOwned
{
    private CaseProjection()
    {
    }

    public CaseProjection(Guid caseId, string caseNumber)
    {
        CaseId = caseId;
        CaseNumber = caseNumber;
    }

    public Guid CaseId { get; private set; }

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? Procedure { get; set; }

    public string? State { get; set; }

    public DateOnly? AcceptedOn { get; set; }
}
