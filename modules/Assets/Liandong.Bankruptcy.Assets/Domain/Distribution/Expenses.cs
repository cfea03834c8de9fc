using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Assets.Domain.Distribution;

/// <summary>
/// A bankruptcy expense (art. 41) or common-benefit debt (art. 42) the estate owes: entered by the administrator, or
/// reported by another module (Tax: tax on selling assets or on continued operation; Wages: a continued-operation payroll),
/// once per source key. Owed until paid as it fell due or covered by a plan in force.
/// </summary>
internal sealed class Expense : Entity, ITenantOwned
{
    public const int MaxText = 200;
    public const int MaxSourceKey = 100;

    private Expense()
    {
    }

    public Expense(Guid caseId, int number, ExpenseKind kind, string description, decimal amount, DateOnly on, string? sourceKey)
    {
        (CaseId, Number, SourceKey) = (caseId, number, sourceKey);
        Update(kind, description, amount, on);
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public ExpenseKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateOnly On { get; private set; }

    /// <summary>The reporting module's key (<c>tax:{entry}</c>, <c>wages:{month}</c>), or null when entered by hand.</summary>
    public string? SourceKey { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    /// <summary>The plan in force that provided for it.</summary>
    public int? PlanNumber { get; private set; }

    public bool Owed => PaidOn is null && PlanNumber is null;

    /// <summary>How the engine names the expense in a plan's arithmetic.</summary>
    public static string Key(int number) => $"expense.{number}";

    public void Update(ExpenseKind kind, string description, decimal amount, DateOnly on) => (Kind, Description, Amount, On) = (kind, description, amount, on);

    public void PaidOutside(DateOnly on) => PaidOn = on;

    public void CoveredBy(int plan) => PlanNumber = plan;
}

public enum FundStatus
{
    Applied,
    Approved,
    Rejected,
    Paid,
}

/// <summary>
/// An application to the fee-guarantee fund (破产费用保障资金) for a case whose property cannot pay its expenses: the
/// administrator applies, the finance unit decides (its item) and pays; the payment is a receipt of the account.
/// </summary>
internal sealed class FundApplication : Entity, ITenantOwned
{
    public const int MaxText = 300;

    private FundApplication()
    {
    }

    public FundApplication(Guid caseId, int number, decimal amount, string purpose, DateOnly on) =>
        (CaseId, Number, Amount, Purpose, AppliedOn) = (caseId, number, amount, purpose, on);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public decimal Amount { get; private set; }

    public string Purpose { get; private set; } = "";

    public DateOnly AppliedOn { get; private set; }

    public FundStatus Status { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? Reason { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public int? EntryNumber { get; private set; }

    public void Decide(bool approved, decimal? amount, DateOnly on, string? reason) =>
        (Status, ApprovedAmount, DecidedOn, Reason) = (approved ? FundStatus.Approved : FundStatus.Rejected, amount, on, reason);

    public void Paid(DateOnly on, int entry) => (Status, PaidOn, EntryNumber) = (FundStatus.Paid, on, entry);
}
