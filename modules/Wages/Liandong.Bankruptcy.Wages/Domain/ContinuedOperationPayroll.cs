using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Wages.Domain;

/// <summary>
/// One month's wages of the employees kept at work while the administrator continues the business after acceptance
/// (EBL art. 26): a common-benefit debt (art. 42(4)), paid from the estate as it falls due (art. 43), not a claim on
/// the list. Unpaid until <see cref="PaidOn"/>.
/// </summary>
internal sealed class ContinuedOperationPayroll : Entity, ITenantOwned
{
    private ContinuedOperationPayroll()
    {
    }

    public ContinuedOperationPayroll(Guid caseId, DateOnly month, int employees, decimal amount, DateOnly? paidOn) =>
        (CaseId, Month, Employees, Amount, PaidOn) = (caseId, month, employees, amount, paidOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }

    public int Employees { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public void Paid(DateOnly on) => PaidOn = on;
}
