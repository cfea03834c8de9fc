using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>A bankruptcy case of one county's court: its number, procedure, court, judge, administrator and debtors.</summary>
internal sealed class BankruptcyCase : AggregateRoot, ITenantOwned
{
    private BankruptcyCase()
    {
    }

    public BankruptcyCase(CaseNumber number, Procedure procedure, string? presidingJudge, Guid? administratorFirmId)
    {
        CaseNumber = number.ToString();
        CourtCode = number.CourtCode;
        CaseYear = number.Year;
        Procedure = procedure;
        PresidingJudge = presidingJudge;
        AdministratorFirmId = administratorFirmId;
        State = CaseState.Registered;
    }

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string CourtCode { get; private set; } = "";

    public int CaseYear { get; private set; }

    public Procedure Procedure { get; private set; }

    public CaseState State { get; private set; }

    public string? PresidingJudge { get; private set; }

    /// <summary>The appointed administrator firm (a unit of the county), which then sees the case.</summary>
    public Guid? AdministratorFirmId { get; private set; }

    public List<Debtor> Debtors { get; private set; } = [];

    public Debtor AddDebtor(string name, string uscc, string? usccOverrideReason, string? registeredAddress, string? legalRepresentative)
    {
        var debtor = new Debtor(Debtors.Count + 1, name, uscc, usccOverrideReason, registeredAddress, legalRepresentative);
        Debtors.Add(debtor);
        Touch();
        return debtor;
    }
}

/// <summary>One debtor of a case; several in a consolidated case (实质合并).</summary>
internal sealed class Debtor : Entity, ITenantOwned
{
    private Debtor()
    {
    }

    public Debtor(int position, string name, string uscc, string? usccOverrideReason, string? registeredAddress, string? legalRepresentative)
    {
        Position = position;
        Name = name;
        Uscc = uscc;
        UsccOverrideReason = usccOverrideReason;
        RegisteredAddress = registeredAddress;
        LegalRepresentative = legalRepresentative;
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The order the debtors were entered in (the first is the lead debtor of a consolidated case).</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public string Uscc { get; private set; } = "";

    /// <summary>Why a code that fails its check character was accepted (recorded, and so audited).</summary>
    public string? UsccOverrideReason { get; private set; }

    public string? RegisteredAddress { get; private set; }

    public string? LegalRepresentative { get; private set; }
}

/// <summary>The procedure of a case (domain.md, "Procedures and their states").</summary>
public enum Procedure
{
    ApplicationReview,
    Liquidation,
    Reorganization,
    Composition,
}

/// <summary>The state of a case. Transitions per procedure come with the next part of the Cases issue.</summary>
public enum CaseState
{
    Registered,
}
