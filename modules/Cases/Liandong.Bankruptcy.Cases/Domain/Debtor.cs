using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain;

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
