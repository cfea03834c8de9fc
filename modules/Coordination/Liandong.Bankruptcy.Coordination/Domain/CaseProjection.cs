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

    public const int MaxDebtorName = 300;

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

    /// <summary>The debtor's name (every debtor's, joined with 、, in a substantively consolidated case), so a unit officer sees which company an item concerns.</summary>
    public string? DebtorName { get; private set; }

    /// <summary>The (first) debtor's unified social credit code.</summary>
    public string? DebtorUscc { get; private set; }

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
        var names = string.Join("、", summary.Debtors.Select(d => d.Name));
        DebtorName = names.Length == 0 ? null : names.Length <= MaxDebtorName ? names : names[..(MaxDebtorName - 1)] + "…";
        DebtorUscc = summary.Debtors.Count > 0 ? summary.Debtors[0].Uscc : null;
        return true;
    }
}
