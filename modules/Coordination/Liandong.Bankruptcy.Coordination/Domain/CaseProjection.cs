using Liandong.Bankruptcy.Cases.Contracts;
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

    /// <summary>The <see cref="CaseSummaryInfo.Sequence"/> of the read this copy holds; a concurrency token, so two handlers never both write.</summary>
    public int Sequence { get; private set; } = -1;

    /// <summary>Takes the case as <paramref name="summary"/> read it, unless this copy already holds a newer read (a late handler's read is older).</summary>
    public bool Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return false;
        }

        (Procedure, State, AcceptedOn, Sequence) = (summary.Procedure, summary.State, summary.Dates.AcceptedOn, summary.Sequence);
        return true;
    }
}
