using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>
/// One line of the county's item list (联动事项清单): which case event makes which item for which kind of unit, its due
/// rule (a period from the event's date, in calendar or working days) and its basis. Edited by the county
/// administrator and the office; items are made from it when the event arrives, once per case.
/// </summary>
internal sealed class ItemTemplate : AggregateRoot, ITenantOwned
{
    private ItemTemplate()
    {
    }

    public ItemTemplate(string key, TemplateTrigger trigger, UnitKind unitKind, string title, string? basis, DueRule due)
    {
        Key = key;
        Trigger = trigger;
        Update(unitKind, title, basis, due, true);
    }

    public Guid TenantId { get; private set; }

    /// <summary>The item kind it makes (<c>tax.declare_claims</c> …); unique per trigger in the county.</summary>
    public string Key { get; private set; } = "";

    public TemplateTrigger Trigger { get; private set; }

    public UnitKind UnitKind { get; private set; }

    public string Title { get; private set; } = "";

    public string? Basis { get; private set; }

    public int DueLength { get; private set; }

    public PeriodUnit DueUnit { get; private set; }

    public bool IsActive { get; private set; }

    public DueRule Due => new(DueLength, DueUnit);

    public void Update(UnitKind unitKind, string title, string? basis, DueRule due, bool isActive)
    {
        UnitKind = unitKind;
        Title = title;
        Basis = basis;
        (DueLength, DueUnit) = (due.Length, due.Unit);
        IsActive = isActive;
    }
}

/// <summary>The case events a template line answers (Cases' integration events).</summary>
public enum TemplateTrigger
{
    CaseAccepted,
    BankruptcyDeclared,
    LiquidationTerminated,
    PlanApproved,      // a reorganization plan or a composition agreement approved
    PlanCarriedOut,
}
