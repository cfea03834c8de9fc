using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Domain;

/// <summary>A member unit (成员单位) of one county: items are assigned to it and its officers work its inbox.</summary>
internal sealed class Unit : AggregateRoot, ITenantOwned
{
    private Unit()
    {
    }

    public Unit(string name, UnitKind kind, string? accountableHead)
    {
        Name = name;
        Kind = kind;
        AccountableHead = accountableHead;
        IsActive = true;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public UnitKind Kind { get; private set; }

    /// <summary>The unit's accountable head (一把手负责制, policy 三(一)).</summary>
    public string? AccountableHead { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The unit's official e-mail address for notices (reminders, overdue notices), when it has one.</summary>
    public string? NoticeEmail { get; private set; }

    public void Update(string name, string? accountableHead, bool isActive, string? noticeEmail)
    {
        Name = name;
        AccountableHead = accountableHead;
        IsActive = isActive;
        NoticeEmail = noticeEmail;
    }
}

/// <summary>The kinds of member unit (architecture.md, "Identity, units, permissions").</summary>
public enum UnitKind
{
    Court,
    Tax,
    MarketRegulation,
    HumanResourcesSocialSecurity,
    MedicalInsurance,
    NaturalResources,
    Housing,
    PublicSecurity,
    Procuratorate,
    Banking,
    FinancialRegulator,
    Finance,
    DevelopmentReform,
    Petitions,
    LeadershipGroupOffice,
    EnforcementDivision,
    AdministratorFirm,
}
